-- silver.gebeurtenissen: partner events (evictions, disconnections, CAK registrations, ...), each once: an event
-- a partner reports again in a later file (same partner, kind, date and address or person) counts once.
-- grain: one row per event. key: gebeurtenis_id (a hash of partnertype, partner, gebeurtenis, datum, gemeentecode,
-- adres_sleutel, persoon_sleutel)
-- Incremental: a run merges the events of new files (a report again: the later one).
-- merge on: gebeurtenis_id
-- incremental
with

gebeurtenissen as (
    select * from staging.gebeurtenissen
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

select
    sha2(concat_ws('|', r.partnertype, coalesce(r.partner, ''), r.gebeurtenis, cast(r.datum as string), r.gemeentecode,
        coalesce(r.adres_sleutel, ''), coalesce(r.persoon_sleutel, '')), 256) as gebeurtenis_id,
    r.partnertype,
    r.partner,
    r.gebeurtenis,
    r.datum,
    trunc(r.datum, 'MM') as maand,
    r.gemeentecode,
    coalesce(o.gemeentecode_actueel, r.gemeentecode) as gemeentecode_actueel,
    r.adres_sleutel,
    r.persoon_sleutel,
    r.sleutel_id,
    r.pc4,
    r.postcode_ongeldig,
    r._bron_bestand,
    r._positie
from gebeurtenissen r
left join opvolgers o on o.gemeentecode = r.gemeentecode
