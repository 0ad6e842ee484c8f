-- The current state of signals and cases as the product's silver holds it: silver.signalen and silver.zaken read
-- as Parquet files (${signalen}, ${zaken}: the files of each table's current Delta version).

create temp view signalen as
select leverancier, gemeentecode, gemeentecode_actueel, signaal_id, signaaldatum, maand, status, adres_sleutel
from ${signalen};

create temp view zaken as
select leverancier, gemeentecode, gemeentecode_actueel, zaak_id, signaal_ids, resultaat, contactpogingen
from ${zaken};
