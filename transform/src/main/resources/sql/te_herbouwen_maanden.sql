-- The (municipality, month) pairs whose figures what this run processes can change, and what changes in them
-- (wijziging): the signals counted in the month (signalen), the cases of its cohort (zaken), the events counted
-- in it (gebeurtenissen), its cohort's afloop (afloop), whether it is voorlopig (voorlopig). A model built by month
-- recomputes the months of the kinds its header lists (-- incremental by month: ...) and replaces them (Delta
-- replaceWhere); a full rebuild gives the same tables. Not a model: the transform runner evaluates it once, before silver is merged, so
-- silver still holds the previous state (old signal and case versions, cohorts and addresses) and staging the new
-- rows (staging.nieuwe_bestanden). gemeentecode is on the current division; NULL: every municipality.
--   a new or re-sent signal (new and old version): its own month (signalen); the cohorts whose matching flags
--     it can change (zaken: cases on its address in the same municipality, cohort month from its month to 6
--     months later); the months of the events on its address in the 12 months after it (gebeurtenissen:
--     met_signaal_vooraf)
--   a case a new version replaces or that holds a new or re-sent signal, and a new case version: the months of
--     all their signals (zaken: the cohort month, before and after, is one of them)
--   a new partner event: its month (gebeurtenissen); the cohorts of the cases on its address whose 365-day
--     window it falls in (afloop)
--   a later delivery end: the months whose voorlopig flag it can turn off (voorlopig: 56 days after the month)
--   a later event date: the cohort months whose 365-day afloop window it completes (afloop, every municipality)
-- Every month is one that holds data, so nothing is rebuilt beyond the data (no month in the future).
-- In steps: each CACHE TABLE is computed once, before the next statement, which reads it by name; several branches
-- of the last statement read each, and Spark would otherwise compute it again in every branch (the transform
-- runner keeps each step as a checkpoint: a plan that reads staging does not reliably find Spark's cache of it).
-- The staging views of the new rows (staging.signalen, zaakversies, gebeurtenissen) are such checkpoints already.
-- BROADCAST hints name the side that holds what this run brings: a month's rows, against the lake's history. Spark
-- cannot tell from a checkpoint's size, and would otherwise shuffle and sort the whole history to join them.
cache table new_events as
select e.*, coalesce(o.gemeentecode_actueel, e.gemeentecode) as gemeentecode_actueel, trunc(e.datum, 'MM') as maand
from staging.gebeurtenissen e
left join silver.gemeente_opvolgers o on o.gemeentecode = e.gemeentecode;

cache table changed_signals as
with

new_signals as (
    select * from staging.signalen
),

held_signals as (
    select * from silver.signalen
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

-- both versions of every signal this run brings: the new one and the one silver holds
select coalesce(o.gemeentecode_actueel, n.gemeentecode) as gemeentecode_actueel, n.leverancier, n.gemeentecode,
    n.signaal_id, n.signaaldatum, trunc(n.signaaldatum, 'MM') as maand, n.adres_sleutel
from new_signals n
left join opvolgers o on o.gemeentecode = n.gemeentecode
union all
select /*+ BROADCAST(n) */ h.gemeentecode_actueel, h.leverancier, h.gemeentecode, h.signaal_id, h.signaaldatum, h.maand,
    h.adres_sleutel
from held_signals h
left semi join new_signals n
    on n.leverancier = h.leverancier and n.gemeentecode = h.gemeentecode and n.signaal_id = h.signaal_id;

cache table touched_case_signals as
with

held_case_signals as (
    select * from silver.zaak_signalen
),

new_case_versions as (
    select leverancier, gemeentecode, signaal_id
    from staging.zaakversies
    lateral view explode(signaal_ids) listed as signaal_id
    where nieuw
),

-- held cases that a new case version overlaps or that hold a changed signal
touched_held_cases as (
    select /*+ BROADCAST(s) */ distinct c.leverancier, c.gemeentecode, c.zaak_id
    from held_case_signals c
    join (
        select leverancier, gemeentecode, signaal_id from new_case_versions
        union
        select leverancier, gemeentecode, signaal_id from changed_signals
    ) s on s.leverancier = c.leverancier and s.gemeentecode = c.gemeentecode and s.signaal_id = c.signaal_id
)

-- the signals of those cases and of the new case versions
select /*+ BROADCAST(t) */ c.leverancier, c.gemeentecode, c.signaal_id
from held_case_signals c
left semi join touched_held_cases t
    on t.leverancier = c.leverancier and t.gemeentecode = c.gemeentecode and t.zaak_id = c.zaak_id
union
select leverancier, gemeentecode, signaal_id from new_case_versions;

cache table data_months as
select maand from silver.signalen
union
select trunc(signaaldatum, 'MM') from staging.signalen
union
select maand from silver.gebeurtenissen
union
select maand from new_events;

with

held_signals as (
    select * from silver.signalen
),

opvolgers as (
    select * from silver.gemeente_opvolgers
),

held_cases as (
    select * from silver.zaak_kenmerken
),

held_events as (
    select * from silver.gebeurtenissen
),

delivery_ends as (
    select
        coalesce(o.gemeentecode_actueel, n.gemeentecode) as gemeentecode_actueel,
        max(n.einddatum_levering) as nu
    from staging.ddas_leveringen n
    left join opvolgers o on o.gemeentecode = n.gemeentecode
    group by 1
),

held_delivery_ends as (
    select gemeentecode_actueel, max(einddatum_levering) as was
    from silver.leveringen
    group by gemeentecode_actueel
),

event_horizon as (
    select
        coalesce((select max(datum) from held_events), date'2000-01-01') as was,
        (select max(datum) from new_events) as nu
),

affected as (
    -- signal counts
    select gemeentecode_actueel as gemeentecode, maand, 'signalen' as wijziging from changed_signals
    union all
    -- matching flags of held cases on the address
    select /*+ BROADCAST(s) */ c.gemeentecode_actueel, c.maand, 'zaken'
    from changed_signals s
    join held_cases c
        on c.gemeentecode_actueel = s.gemeentecode_actueel and c.adres_sleutel = s.adres_sleutel
        and c.maand between s.maand and add_months(s.maand, 6)
    union all
    -- events with a signal in the 12 months before
    select /*+ BROADCAST(s) */ e.gemeentecode_actueel, e.maand, 'gebeurtenissen'
    from changed_signals s
    join held_events e
        on e.adres_sleutel = s.adres_sleutel and s.signaaldatum >= add_months(e.datum, -12) and s.signaaldatum < e.datum
    union all
    -- replaced cases, cases holding a changed signal, and new case versions: the months of all their signals,
    -- held or new (the case's cohort month, before and after, is one of them)
    select /*+ BROADCAST(t) */ s.gemeentecode_actueel, s.maand, 'zaken'
    from (
        select gemeentecode_actueel, leverancier, gemeentecode, signaal_id, maand from held_signals
        union all
        select gemeentecode_actueel, leverancier, gemeentecode, signaal_id, maand from changed_signals
    ) s
    left semi join touched_case_signals t
        on t.leverancier = s.leverancier and t.gemeentecode = s.gemeentecode and t.signaal_id = s.signaal_id
    union all
    -- new events, and the cohorts whose afloop window they fall in
    select gemeentecode_actueel, maand, 'gebeurtenissen' from new_events
    union all
    select /*+ BROADCAST(e) */ c.gemeentecode_actueel, c.maand, 'afloop'
    from new_events e
    join held_cases c
        on c.adres_sleutel = e.adres_sleutel
        and e.datum > c.eerste_signaaldatum and e.datum <= date_add(c.eerste_signaaldatum, 365)
    union all
    -- voorlopig of gemeente_maand
    select d.gemeentecode_actueel, explode(sequence(trunc(date_sub(h.was, 56), 'MM'), trunc(date_sub(d.nu, 56), 'MM'),
        interval 1 month)), 'voorlopig'
    from delivery_ends d
    join held_delivery_ends h on h.gemeentecode_actueel = d.gemeentecode_actueel
    where d.nu > h.was
    union all
    -- voorlopig of afloop
    select cast(null as string), explode(sequence(trunc(date_sub(was, 365), 'MM'), trunc(date_sub(nu, 365), 'MM'),
        interval 1 month)), 'afloop'
    from event_horizon
    where nu > was
)

-- data_months is a dozen rows: broadcast, so that the filter Spark pushes into every branch above costs no sort
select /*+ BROADCAST(d) */ distinct a.gemeentecode, a.maand, a.wijziging
from affected a
left semi join data_months d on d.maand = a.maand
order by a.maand, a.gemeentecode, a.wijziging
