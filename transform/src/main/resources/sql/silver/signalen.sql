-- silver.signalen: the current state of every signal. A signal sent again in a later delivery replaces the
-- earlier version (latest aanleverdatum, then latest ingest); all versions stay in bronze.signalen.
-- grain: one row per signal. key: (leverancier, gemeentecode, signaal_id)
-- merge on: leverancier, gemeentecode, signaal_id
with

bronze_signalen as (
    select * from bronze.signalen
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

opvolgers as (
    select * from silver.gemeente_opvolgers
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

select
    v.leverancier,
    v.gemeentecode,
    coalesce(o.gemeentecode_actueel, v.gemeentecode) as gemeentecode_actueel,
    v.signaal_id,
    v.signaaldatum,
    trunc(v.signaaldatum, 'MM') as maand,
    v.ontstaansdatum,
    v.bedrag,
    v.status,
    v.partnertype,
    v.crisissignaal,
    v.warme_overdracht,
    v.persoon_sleutel,
    v.adres_sleutel,
    v.pc4,
    v.leeftijd,
    v.sleutel_id,
    v.postcode_ongeldig,
    v.bsn_ontbreekt,
    v.geboortedatum_onwaarschijnlijk,
    v.aanleverdatum,
    v._bron_bestand,
    v._positie
from versions v
left join opvolgers o on o.gemeentecode = v.gemeentecode
where v.version_rank = 1
