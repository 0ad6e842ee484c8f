-- silver.zaken: the current state of every case (vroegsignaalzaak). DDAS v0.9 gives a case no ID: its identity
-- is its smallest signal ID (zaak_id). A later delivery of the case replaces it whole, attempts included.
-- grain: one row per case. key: (leverancier, gemeentecode, zaak_id)
-- merge on: leverancier, gemeentecode, zaak_id
with

zaken as (
    select * from staging.zaken
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

select
    v.leverancier,
    v.gemeentecode,
    coalesce(o.gemeentecode_actueel, v.gemeentecode) as gemeentecode_actueel,
    v.zaak_id,
    v.resultaat,
    v.matchingsdatum,
    v.datum_opgepakt,
    v.signaal_ids,
    v.contactpogingen,
    v.aanleverdatum,
    v._bron_bestand,
    v._positie
from zaken v
left join opvolgers o on o.gemeentecode = v.gemeentecode
