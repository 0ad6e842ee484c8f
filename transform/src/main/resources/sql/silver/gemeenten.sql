-- silver.gemeenten: the municipalities of the latest CBS division, with their province.
-- grain: one row per municipality. key: gemeentecode
with

cbs_gemeenten as (
    select * from bronze.cbs_gemeenten
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

latest_division as (
    select max(jaar) as jaar from cbs_gemeenten
),

-- a list loaded again (a newer copy of the same year) replaces the older copy
latest_copy as (
    select
        g.*,
        row_number() over (partition by g.gemeentecode order by g._ingest_tijd desc, g._rij) as copy_rank
    from cbs_gemeenten g
    join latest_division d on g.jaar = d.jaar
)

select
    gemeentecode,
    gemeentenaam,
    provinciecode,
    provincienaam
from latest_copy
where copy_rank = 1
