-- silver.inwoners: inhabitants on 1 January per municipality and year (CBS).
-- grain: one row per (jaar, gemeentecode)
with

cbs_inwoners as (
    select * from bronze.cbs_inwoners
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

latest_copy as (
    select
        *,
        row_number() over (partition by jaar, gemeentecode order by _ingest_tijd desc, _rij) as copy_rank
    from cbs_inwoners
)

select jaar, gemeentecode, inwoners
from latest_copy
where copy_rank = 1
