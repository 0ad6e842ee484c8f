-- The months of gold whose figures can change through what was ingested after ${sinds}. Not a model: the
-- transform runner rebuilds gold for these months only (Delta replaceWhere); a full rebuild gives the same tables.
--   a new or re-sent signal: its month and the 12 months after it (matching looks back 6 months; an event's
--     "signal in the 12 months before" looks back 12)
--   a new or re-sent case: its cohort month
--   a new partner event: its month and the 12 cohort months before it (afloop looks 365 days ahead)
--   a later delivery end: the months whose voorlopig flag it can turn off (56 days after the month)
--   a later event date: the cohort months whose 365-day afloop window it completes
with

new_signal_months as (
    select distinct trunc(signaaldatum, 'MM') as maand from bronze.signalen where _ingest_tijd > ${sinds}
),

new_event_months as (
    select distinct trunc(datum, 'MM') as maand from bronze.gebeurtenissen where _ingest_tijd > ${sinds}
),

new_case_months as (
    select distinct k.maand
    from bronze.zaken z
    join silver.zaak_kenmerken k
        on k.leverancier = z.leverancier and k.gemeentecode = z.gemeentecode and k.zaak_id = z.zaak_id
    where z._ingest_tijd > ${sinds}
),

delivery_ends as (
    select
        gemeentecode,
        coalesce(max(case when _ingest_tijd <= ${sinds} then einddatum_levering end), max(einddatum_levering)) as was,
        max(einddatum_levering) as nu
    from bronze.ddas_leveringen
    group by gemeentecode
),

event_horizon as (
    select
        coalesce(max(case when _ingest_tijd <= ${sinds} then datum end), max(datum)) as was,
        max(datum) as nu
    from bronze.gebeurtenissen
),

affected as (
    select explode(sequence(maand, add_months(maand, 12), interval 1 month)) as maand from new_signal_months
    union all
    select explode(sequence(add_months(maand, -12), maand, interval 1 month)) from new_event_months
    union all
    select maand from new_case_months
    union all
    select explode(sequence(trunc(date_sub(was, 56), 'MM'), trunc(date_sub(nu, 56), 'MM'), interval 1 month))
    from delivery_ends where nu > was
    union all
    select explode(sequence(trunc(date_sub(was, 365), 'MM'), trunc(date_sub(nu, 365), 'MM'), interval 1 month))
    from event_horizon where nu > was
)

select distinct maand
from affected
where maand is not null
order by maand
