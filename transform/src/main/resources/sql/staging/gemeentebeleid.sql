-- staging.gemeentebeleid: municipal policy rows in the completed files; a row for the same municipality and date
-- delivered again replaces the earlier one.
-- grain: one row per (gemeentecode, geldig_vanaf)
with

bronze_gemeentebeleid as (
    select * from bronze.gemeentebeleid
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
),

versions as (
    select
        *,
        row_number() over (
            partition by gemeentecode, geldig_vanaf
            order by _ingest_tijd desc, _rij desc
        ) as version_rank
    from bronze_gemeentebeleid
)

select * except (version_rank)
from versions
where version_rank = 1
