-- silver.signalen: the current state of every signal (staging.signalen: a signal sent again in a later delivery
-- replaces the earlier version), with its municipality on the current division.
-- grain: one row per signal. key: (leverancier, gemeentecode, signaal_id)
-- Incremental: a run merges the latest versions in new files; one replaces the held version only when it is
-- later (_versie), so a file delivered late with an older aanleverdatum changes nothing it should not.
-- A folder per month: the models that read some months of it (gold, zaak_kenmerken) skip the others.
-- merge on: leverancier, gemeentecode, signaal_id
-- partitioned by: maand
-- incremental
with

signalen as (
    select * from staging.signalen
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

select
    v.leverancier,
    v.gemeentecode,
    coalesce(o.gemeentecode_actueel, v.gemeentecode) as gemeentecode_actueel,
    v.signaal_id,
    v.signaaldatum,
    trunc(v.signaaldatum, 'MM') as maand,
    v.ontstaansdatum,
    v.bedrag,
    v.status,
    v.partnertype,
    v.crisissignaal,
    v.warme_overdracht,
    v.persoon_sleutel,
    v.adres_sleutel,
    v.pc4,
    v.leeftijd,
    v.sleutel_id,
    v.postcode_ongeldig,
    v.bsn_ontbreekt,
    v.geboortedatum_onwaarschijnlijk,
    v.aanleverdatum,
    v._bron_bestand,
    v._positie,
    v._versie
from signalen v
left join opvolgers o on o.gemeentecode = v.gemeentecode
