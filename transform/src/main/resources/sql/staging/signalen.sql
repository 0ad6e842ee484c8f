-- staging.signalen: the latest version of every signal in the files this run processes (staging.nieuwe_bestanden:
-- every completed file in a full run, the new ones in an incremental run). A signal sent again in a later delivery
-- replaces the earlier version: latest aanleverdatum, then latest ingest, then last in the file (_versie orders
-- versions, so silver.signalen keeps a version only when it is later than the one it has). All versions stay in
-- bronze.signalen.
-- grain: one row per signal. key: (leverancier, gemeentecode, signaal_id)
with

bronze_signalen as (
    select * from bronze.signalen
    where _bestand_sha256 in ${nieuwe_bestanden}
),

versions as (
    select
        *,
        named_struct('aanleverdatum', aanleverdatum, 'ingest_tijd', _ingest_tijd, 'rij', _rij,
            'bestand', _bestand_sha256) as _versie,
        row_number() over (
            partition by leverancier, gemeentecode, signaal_id
            order by aanleverdatum desc, _ingest_tijd desc, _rij desc, _bestand_sha256 desc
        ) as version_rank
    from bronze_signalen
)

select * except (version_rank)
from versions
where version_rank = 1
