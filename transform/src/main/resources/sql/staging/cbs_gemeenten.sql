-- staging.cbs_gemeenten: the CBS municipality lists in the completed files; a list loaded again (a newer copy of
-- the same year) replaces the older copy.
-- grain: one row per (jaar, gemeentecode)
with

cbs_gemeenten as (
    select * from bronze.cbs_gemeenten
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
),

copies as (
    select
        *,
        row_number() over (partition by jaar, gemeentecode order by _ingest_tijd desc, _rij) as copy_rank
    from cbs_gemeenten
)

select * except (copy_rank)
from copies
where copy_rank = 1
