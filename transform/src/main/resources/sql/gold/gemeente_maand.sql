-- gold.gemeente_maand: the monthly indicators of spec/indicators.md, per municipality (current division), per
-- province (PVnn) and for the Netherlands (NL). Signals count in the month of their signaaldatum, cases in
-- their cohort month (the month of their first signal). Province and NL rows are computed from the same
-- cases and signals, so their counts are the sums of the municipalities' counts; percentages are never
-- averaged. A percentage with a zero denominator is NULL. Besides the spec's columns, the numerators
-- zaken_hulp_geaccepteerd_en_bereikt and zaken_binnen_4_weken: published figures suppress them as counts.
-- grain: one row per (gemeentecode, maand). key: (gemeentecode, maand)
-- incremental by month: signalen, zaken, voorlopig
with

signalen as (
    select * from silver.signalen
),

zaken as (
    select * from silver.zaak_kenmerken
),

areas as (
    select * from silver.gebieden
),

inwoners_per_maand as (
    select * from silver.inwoners_per_maand
),

leveringen as (
    select * from silver.leveringen
),

-- counted per municipality first, then summed to its areas (counts are additive); the median from the
-- municipalities' counts per number of days (percentile with a frequency is the same exact median)
signals_per_municipality as (
    select
        gemeentecode_actueel,
        maand,
        count(*) as signalen,
        count_if(coalesce(status, '') not in ('', 'Nog niet opgepakt')) as signalen_niet_opgepakt
    from signalen
    group by gemeentecode_actueel, maand
),

signals_per_area as (
    select
        a.gebiedcode,
        s.maand,
        sum(s.signalen) as signalen,
        sum(s.signalen_niet_opgepakt) as signalen_niet_opgepakt
    from signals_per_municipality s
    join areas a on a.gemeentecode = s.gemeentecode_actueel
    group by a.gebiedcode, s.maand
),

cases_per_municipality_and_days as (
    select
        gemeentecode_actueel,
        maand,
        dagen_tot_eerste_poging,
        count(*) as zaken,
        count_if(enkelvoudig) as zaken_enkelvoudig,
        count_if(meervoudig) as zaken_meervoudig,
        count_if(opeenvolgend) as zaken_opeenvolgend,
        count_if(met_contactpoging) as zaken_met_contactpoging,
        count_if(bereikt) as zaken_bereikt,
        count_if(hulp_geaccepteerd) as zaken_hulp_geaccepteerd,
        count_if(hulp_geaccepteerd and bereikt) as zaken_hulp_geaccepteerd_en_bereikt,
        count_if(quick_fix) as zaken_quick_fix,
        count_if(hulp_geaccepteerd and not bereikt) as zaken_geaccepteerd_zonder_bereik
    from zaken
    group by gemeentecode_actueel, maand, dagen_tot_eerste_poging
),

cases_per_area as (
    select
        a.gebiedcode,
        z.maand,
        sum(z.zaken) as zaken,
        sum(z.zaken_enkelvoudig) as zaken_enkelvoudig,
        sum(z.zaken_meervoudig) as zaken_meervoudig,
        sum(z.zaken_opeenvolgend) as zaken_opeenvolgend,
        sum(z.zaken_met_contactpoging) as zaken_met_contactpoging,
        sum(z.zaken_bereikt) as zaken_bereikt,
        sum(z.zaken_hulp_geaccepteerd) as zaken_hulp_geaccepteerd,
        sum(z.zaken_hulp_geaccepteerd_en_bereikt) as zaken_hulp_geaccepteerd_en_bereikt,
        sum(z.zaken_quick_fix) as zaken_quick_fix,
        sum(z.zaken_geaccepteerd_zonder_bereik) as zaken_geaccepteerd_zonder_bereik,
        -- exact median (percentile interpolates: an even count gives the mean of the two middle values)
        percentile(z.dagen_tot_eerste_poging, 0.5, z.zaken) as mediaan_dagen_tot_eerste_poging,
        sum(case when z.dagen_tot_eerste_poging <= 28 then z.zaken else 0 end) as zaken_binnen_4_weken
    from cases_per_municipality_and_days z
    join areas a on a.gemeentecode = z.gemeentecode_actueel
    group by a.gebiedcode, z.maand
),

active_municipality_months as (
    select gemeentecode_actueel as gemeentecode, maand from signalen
    union
    select gemeentecode_actueel, maand from zaken
),

latest_delivery as (
    select gemeentecode_actueel as gemeentecode, max(einddatum_levering) as laatste_einddatum_levering
    from leveringen
    group by gemeentecode_actueel
),

-- voorlopig: the municipality's latest delivery ends less than 56 days after the month: cases still being worked
municipality_month_context as (
    select
        m.gemeentecode,
        m.maand,
        i.inwoners,
        coalesce(datediff(d.laatste_einddatum_levering, last_day(m.maand)) < 56, true) as voorlopig
    from active_municipality_months m
    left join inwoners_per_maand i on i.gemeentecode = m.gemeentecode and i.maand = m.maand
    left join latest_delivery d on d.gemeentecode = m.gemeentecode
),

-- an area's inhabitants are those of its municipalities that delivered data for the month
context_per_area as (
    select
        a.gebiedcode,
        c.maand,
        sum(c.inwoners) as inwoners,
        bool_or(c.voorlopig) as voorlopig
    from municipality_month_context c
    join areas a on a.gemeentecode = c.gemeentecode
    group by a.gebiedcode, c.maand
),

area_names as (
    select distinct gebiedcode, gebiednaam, niveau, provinciecode from areas
),

counts as (
    select
        c.gebiedcode,
        c.maand,
        c.inwoners,
        c.voorlopig,
        coalesce(s.signalen, 0) as signalen,
        coalesce(s.signalen_niet_opgepakt, 0) as signalen_niet_opgepakt,
        coalesce(z.zaken, 0) as zaken,
        coalesce(z.zaken_enkelvoudig, 0) as zaken_enkelvoudig,
        coalesce(z.zaken_meervoudig, 0) as zaken_meervoudig,
        coalesce(z.zaken_opeenvolgend, 0) as zaken_opeenvolgend,
        coalesce(z.zaken_met_contactpoging, 0) as zaken_met_contactpoging,
        coalesce(z.zaken_bereikt, 0) as zaken_bereikt,
        coalesce(z.zaken_hulp_geaccepteerd, 0) as zaken_hulp_geaccepteerd,
        coalesce(z.zaken_hulp_geaccepteerd_en_bereikt, 0) as zaken_hulp_geaccepteerd_en_bereikt,
        coalesce(z.zaken_quick_fix, 0) as zaken_quick_fix,
        coalesce(z.zaken_geaccepteerd_zonder_bereik, 0) as zaken_geaccepteerd_zonder_bereik,
        z.mediaan_dagen_tot_eerste_poging,
        coalesce(z.zaken_binnen_4_weken, 0) as zaken_binnen_4_weken
    from context_per_area c
    left join signals_per_area s on s.gebiedcode = c.gebiedcode and s.maand = c.maand
    left join cases_per_area z on z.gebiedcode = c.gebiedcode and z.maand = c.maand
)

select
    c.gebiedcode as gemeentecode,
    n.gebiednaam as gemeentenaam,
    n.niveau,
    n.provinciecode,
    c.maand,
    c.signalen,
    c.inwoners,
    1000 * c.signalen / nullif(c.inwoners, 0) as signalen_per_1000_inwoners,
    c.signalen_niet_opgepakt,
    100 * c.signalen_niet_opgepakt / nullif(c.signalen, 0) as uitval_pct,
    c.zaken,
    c.zaken_enkelvoudig,
    c.zaken_meervoudig,
    c.zaken_opeenvolgend,
    c.zaken_met_contactpoging,
    c.zaken_bereikt,
    100 * c.zaken_bereikt / nullif(c.zaken, 0) as bereik_pct,
    cast(${bereik_doel_pct} as double) as bereik_doel_pct,
    100 * c.zaken_bereikt / nullif(c.zaken, 0) - ${bereik_doel_pct} as bereik_verschil_doel_pp,
    c.zaken_hulp_geaccepteerd,
    c.zaken_hulp_geaccepteerd_en_bereikt,
    100 * c.zaken_hulp_geaccepteerd_en_bereikt / nullif(c.zaken_bereikt, 0) as hulpacceptatie_pct_van_bereikt,
    100 * c.zaken_hulp_geaccepteerd / nullif(c.zaken, 0) as hulpacceptatie_pct_van_zaken,
    c.zaken_quick_fix,
    100 * c.zaken_quick_fix / nullif(c.zaken_hulp_geaccepteerd, 0) as quick_fix_pct_van_geaccepteerd,
    c.zaken_geaccepteerd_zonder_bereik,
    c.mediaan_dagen_tot_eerste_poging,
    c.zaken_binnen_4_weken,
    100 * c.zaken_binnen_4_weken / nullif(c.zaken, 0) as binnen_4_weken_pct,
    c.voorlopig
from counts c
join area_names n on n.gebiedcode = c.gebiedcode
