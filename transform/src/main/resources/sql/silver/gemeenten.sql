-- silver.gemeenten: the municipalities of the latest CBS division, with their province.
-- grain: one row per municipality. key: gemeentecode
with

cbs_gemeenten as (
    select * from staging.cbs_gemeenten
),

latest_division as (
    select max(jaar) as jaar from cbs_gemeenten
),

latest_list as (
    select g.*
    from cbs_gemeenten g
    join latest_division d on g.jaar = d.jaar
)

select
    gemeentecode,
    gemeentenaam,
    provinciecode,
    provincienaam
from latest_list
