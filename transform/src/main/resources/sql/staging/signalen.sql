-- staging.signalen: the latest version of every signal in the completed files. A signal sent again in a later
-- delivery replaces the earlier version (latest aanleverdatum, then latest ingest, then last in the file); all
-- versions stay in bronze.signalen.
-- grain: one row per signal. key: (leverancier, gemeentecode, signaal_id)
with

bronze_signalen as (
    select * from bronze.signalen
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
),

versions as (
    select
        *,
        row_number() over (
            partition by leverancier, gemeentecode, signaal_id
            order by aanleverdatum desc, _ingest_tijd desc, _rij desc
        ) as version_rank
    from bronze_signalen
)

select * except (version_rank)
from versions
where version_rank = 1
