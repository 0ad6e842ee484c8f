-- staging.zaken: the latest version of every case in the completed files (latest aanleverdatum, then latest
-- ingest, then last in the file); all versions stay in bronze.zaken. A case's identity is its smallest signal ID
-- (zaak_id).
-- grain: one row per case. key: (leverancier, gemeentecode, zaak_id)
with

bronze_zaken as (
    select * from bronze.zaken
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
),

versions as (
    select
        *,
        row_number() over (
            partition by leverancier, gemeentecode, zaak_id
            order by aanleverdatum desc, _ingest_tijd desc, _rij desc
        ) as version_rank
    from bronze_zaken
)

select * except (version_rank)
from versions
where version_rank = 1
