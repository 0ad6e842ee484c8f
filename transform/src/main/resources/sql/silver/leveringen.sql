-- silver.leveringen: every DDAS levering received (one municipality and period of one supplier's file).
-- grain: one row per levering. key: (_bestand_sha256, _levering)
-- Incremental: a run adds the leveringen of new files.
-- merge on: _bestand_sha256, _levering
-- incremental
with

ddas_leveringen as (
    select * from staging.ddas_leveringen
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

select
    l.leverancier,
    l.gemeentecode,
    coalesce(o.gemeentecode_actueel, l.gemeentecode) as gemeentecode_actueel,
    l.startdatum_levering,
    l.einddatum_levering,
    l.aanleverdatum,
    l.signalen,
    l.zaken,
    l._bron_bestand,
    l._bestand_sha256,
    l._levering
from ddas_leveringen l
left join opvolgers o on o.gemeentecode = l.gemeentecode
