-- gold.afloop: does reaching people prevent the worst? Per municipality (and PVnn, NL) and cohort month, the share
-- of reached and of not-reached cases whose address had an eviction notice, eviction, disconnection or CAK
-- registration within 365 days after the case's first signaaldatum (event date after the signal date, at most
-- 365 days later). Only cases with an address key count: without one no event can be linked to the case.
-- voorlopig: the 365 days after the month have not all passed by the latest event date received.
-- grain: one row per (gemeentecode, maand). key: (gemeentecode, maand)
-- incremental by month: zaken, afloop
with

zaken as (
    select * from silver.zaak_kenmerken
),

gebeurtenissen as (
    select * from silver.gebeurtenissen
),

gebieden as (
    select * from silver.gebieden
),

horizon as (
    select max(datum) as laatste_gebeurtenisdatum from gebeurtenissen
),

-- which of the four outcomes each case's address saw in its window
case_outcomes as (
    select
        z.leverancier,
        z.gemeentecode,
        z.zaak_id,
        z.gemeentecode_actueel,
        z.maand,
        z.bereikt,
        count_if(e.gebeurtenis = 'AANZEGGING_ONTRUIMING') > 0 as had_aanzegging_ontruiming,
        count_if(e.gebeurtenis = 'ONTRUIMING') > 0 as had_ontruiming,
        count_if(e.gebeurtenis = 'AFSLUITING') > 0 as had_afsluiting,
        count_if(e.gebeurtenis = 'WANBETALERSREGELING') > 0 as had_wanbetalersregeling
    from zaken z
    left join gebeurtenissen e
        on e.adres_sleutel = z.adres_sleutel
        and e.datum > z.eerste_signaaldatum
        and e.datum <= date_add(z.eerste_signaaldatum, 365)
    where z.adres_sleutel is not null
    group by z.leverancier, z.gemeentecode, z.zaak_id, z.gemeentecode_actueel, z.maand, z.bereikt
),

counts_per_area as (
    select
        a.gebiedcode,
        c.maand,
        count_if(c.bereikt) as zaken_bereikt,
        count_if(not c.bereikt) as zaken_niet_bereikt,
        count_if(c.bereikt and c.had_aanzegging_ontruiming) as bereikt_aanzegging_ontruiming,
        count_if(not c.bereikt and c.had_aanzegging_ontruiming) as niet_bereikt_aanzegging_ontruiming,
        count_if(c.bereikt and c.had_ontruiming) as bereikt_ontruiming,
        count_if(not c.bereikt and c.had_ontruiming) as niet_bereikt_ontruiming,
        count_if(c.bereikt and c.had_afsluiting) as bereikt_afsluiting,
        count_if(not c.bereikt and c.had_afsluiting) as niet_bereikt_afsluiting,
        count_if(c.bereikt and c.had_wanbetalersregeling) as bereikt_wanbetalersregeling,
        count_if(not c.bereikt and c.had_wanbetalersregeling) as niet_bereikt_wanbetalersregeling
    from case_outcomes c
    join gebieden a on a.gemeentecode = c.gemeentecode_actueel
    group by a.gebiedcode, c.maand
),

area_names as (
    select distinct gebiedcode, gebiednaam, niveau from gebieden
)

select
    c.gebiedcode as gemeentecode,
    n.gebiednaam as gemeentenaam,
    n.niveau,
    c.maand,
    c.zaken_bereikt,
    c.zaken_niet_bereikt,
    c.bereikt_aanzegging_ontruiming,
    c.niet_bereikt_aanzegging_ontruiming,
    100 * c.bereikt_aanzegging_ontruiming / nullif(c.zaken_bereikt, 0) as aanzegging_ontruiming_pct_bereikt,
    100 * c.niet_bereikt_aanzegging_ontruiming / nullif(c.zaken_niet_bereikt, 0) as aanzegging_ontruiming_pct_niet_bereikt,
    c.bereikt_ontruiming,
    c.niet_bereikt_ontruiming,
    100 * c.bereikt_ontruiming / nullif(c.zaken_bereikt, 0) as ontruiming_pct_bereikt,
    100 * c.niet_bereikt_ontruiming / nullif(c.zaken_niet_bereikt, 0) as ontruiming_pct_niet_bereikt,
    c.bereikt_afsluiting,
    c.niet_bereikt_afsluiting,
    100 * c.bereikt_afsluiting / nullif(c.zaken_bereikt, 0) as afsluiting_pct_bereikt,
    100 * c.niet_bereikt_afsluiting / nullif(c.zaken_niet_bereikt, 0) as afsluiting_pct_niet_bereikt,
    c.bereikt_wanbetalersregeling,
    c.niet_bereikt_wanbetalersregeling,
    100 * c.bereikt_wanbetalersregeling / nullif(c.zaken_bereikt, 0) as wanbetalersregeling_pct_bereikt,
    100 * c.niet_bereikt_wanbetalersregeling / nullif(c.zaken_niet_bereikt, 0) as wanbetalersregeling_pct_niet_bereikt,
    coalesce(date_add(last_day(c.maand), 365) > h.laatste_gebeurtenisdatum, true) as voorlopig
from counts_per_area c
join area_names n on n.gebiedcode = c.gebiedcode
cross join horizon h
