-- silver.zaken: the current state of every case (vroegsignaalzaak). DDAS v0.9 gives a case no ID: its identity
-- is its smallest signal ID (zaak_id). A later delivery of the case replaces it whole, attempts included.
-- grain: one row per case. key: (leverancier, gemeentecode, zaak_id)
-- merge on: leverancier, gemeentecode, zaak_id
with

bronze_zaken as (
    select * from bronze.zaken
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

opvolgers as (
    select * from silver.gemeente_opvolgers
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

select
    v.leverancier,
    v.gemeentecode,
    coalesce(o.gemeentecode_actueel, v.gemeentecode) as gemeentecode_actueel,
    v.zaak_id,
    v.resultaat,
    v.matchingsdatum,
    v.datum_opgepakt,
    v.signaal_ids,
    v.contactpogingen,
    v.aanleverdatum,
    v._bron_bestand,
    v._positie
from versions v
left join opvolgers o on o.gemeentecode = v.gemeentecode
where v.version_rank = 1
