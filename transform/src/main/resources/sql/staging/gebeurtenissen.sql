-- staging.gebeurtenissen: partner events in the files this run processes (staging.nieuwe_bestanden), each once: an event a partner reports again in a
-- later file (same partner, kind, date and address or person) counts once, as last reported.
-- grain: one row per event. key: (partnertype, partner, gebeurtenis, datum, gemeentecode, adres_sleutel,
-- persoon_sleutel)
with

bronze_gebeurtenissen as (
    select * from bronze.gebeurtenissen
    where _bestand_sha256 in ${nieuwe_bestanden}
),

reports as (
    select
        *,
        row_number() over (
            partition by partnertype, partner, gebeurtenis, datum, gemeentecode, adres_sleutel, persoon_sleutel
            order by _ingest_tijd desc, _rij desc
        ) as report_rank
    from bronze_gebeurtenissen
)

select * except (report_rank)
from reports
where report_rank = 1
