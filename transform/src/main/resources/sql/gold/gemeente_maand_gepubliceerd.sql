-- gold.gemeente_maand_gepubliceerd: gold.gemeente_maand as it may be published (reports, dashboard, serving
-- database; spec/indicators.md, "Published figures"). Researchers querying the lake use the unsuppressed table.
--
-- Primary suppression: a count from 1 to kleinste_getoonde_telling - 1 is NULL (shown as "<5"); a percentage
-- whose denominator is below kleinste_noemer_voor_percentage is NULL (both parameters, default 5 and 10).
--
-- Secondary suppression, for the relations between the counts of one row:
-- 1. matchtype: zaken_enkelvoudig, zaken_meervoudig and zaken_opeenvolgend add up to zaken whenever meervoudig or
--    opeenvolgend is 0. When exactly one of them is hidden and zaken is not, one more is hidden: the smallest that
--    is not zero (ties: in that order), exactly as the matchtype breakdown of
--    gold.gemeente_maand_uitsplitsing_gepubliceerd chooses, so both tables hide the same cells.
-- 2. complements that are cells of a published breakdown: zaken - zaken_met_contactpoging is the cell "0" of
--    aantal_pogingen, and signalen - signalen_niet_opgepakt is the cells "Nog niet opgepakt" plus "onbekend" of
--    signaalstatus. When such a complement is 1 to 4 and the total is shown, the part is hidden.
-- A percentage is also NULL when its denominator or numerator count was hidden by secondary suppression, and
-- signalen_per_1000_inwoners when signalen was hidden: they would give the count back.
-- Not covered: the relation between areas (a province's count is the sum of its municipalities', NL's of all):
-- when exactly one municipality has a count hidden, the province or NL count minus the others gives it back.
-- Hiding one more municipality's count is not enough on its own (that one can be summed from its own breakdown
-- cells, or its province may then hold a single hidden count); protecting it needs an iterative cell-suppression
-- pass over all linked tables, which is not built yet.
-- grain: one row per (gemeentecode, maand), as gold.gemeente_maand
with

gemeente_maand as (
    select * from gold.gemeente_maand
),

-- one row per area, month and published count column
cells as (
    select
        g.gemeentecode,
        g.maand,
        cell.kolom,
        cell.aantal,
        cell.aantal between 1 and ${kleinste_getoonde_telling} - 1 as primair
    from gemeente_maand g
    lateral view stack(11,
        'signalen', g.signalen,
        'signalen_niet_opgepakt', g.signalen_niet_opgepakt,
        'zaken', g.zaken,
        'zaken_enkelvoudig', g.zaken_enkelvoudig,
        'zaken_meervoudig', g.zaken_meervoudig,
        'zaken_opeenvolgend', g.zaken_opeenvolgend,
        'zaken_met_contactpoging', g.zaken_met_contactpoging,
        'zaken_bereikt', g.zaken_bereikt,
        'zaken_hulp_geaccepteerd', g.zaken_hulp_geaccepteerd,
        'zaken_quick_fix', g.zaken_quick_fix,
        'zaken_geaccepteerd_zonder_bereik', g.zaken_geaccepteerd_zonder_bereik) cell as kolom, aantal
),

-- 1. matchtype: per row, how many of the three the primary rule hides, and the others from smallest non-zero up
matchtype_ranked as (
    select
        c.*,
        count_if(c.primair) over (partition by c.gemeentecode, c.maand) as primair_in_uitsplitsing,
        row_number() over (
            partition by c.gemeentecode, c.maand
            order by case when not c.primair and c.aantal > 0 then 0 else 1 end, c.aantal,
                array_position(array('zaken_enkelvoudig', 'zaken_meervoudig', 'zaken_opeenvolgend'), c.kolom)
        ) as kandidaat_rang
    from cells c
    where c.kolom in ('zaken_enkelvoudig', 'zaken_meervoudig', 'zaken_opeenvolgend')
),

totals as (
    select
        gemeentecode,
        maand,
        max(case when kolom = 'signalen' then aantal end) as signalen,
        max(case when kolom = 'zaken' then aantal end) as zaken,
        bool_or(kolom = 'signalen' and primair) as signalen_primair,
        bool_or(kolom = 'zaken' and primair) as zaken_primair
    from cells
    group by gemeentecode, maand
),

matchtype_secondary as (
    select m.gemeentecode, m.maand, m.kolom
    from matchtype_ranked m
    join totals t on t.gemeentecode = m.gemeentecode and t.maand = m.maand
    where m.primair_in_uitsplitsing = 1 and not t.zaken_primair and not m.primair and m.aantal > 0 and m.kandidaat_rang = 1
),

-- 2. complements
complement_secondary as (
    select c.gemeentecode, c.maand, c.kolom
    from cells c
    join totals t on t.gemeentecode = c.gemeentecode and t.maand = c.maand
    where (c.kolom = 'zaken_met_contactpoging' and not t.zaken_primair
            and t.zaken - c.aantal between 1 and ${kleinste_getoonde_telling} - 1)
        or (c.kolom = 'signalen_niet_opgepakt' and not t.signalen_primair
            and t.signalen - c.aantal between 1 and ${kleinste_getoonde_telling} - 1)
),

suppressed as (
    select
        c.*,
        c.primair or r.kolom is not null as verborgen
    from cells c
    left join (
        select * from matchtype_secondary
        union all
        select * from complement_secondary
    ) r on r.gemeentecode = c.gemeentecode and r.maand = c.maand and r.kolom = c.kolom
),

-- per row: each count as published (NULL when hidden), and which counts secondary suppression hid
published_counts as (
    select
        c.gemeentecode,
        c.maand,
        map_from_entries(collect_list(struct(c.kolom, case when c.verborgen then null else c.aantal end))) as aantal,
        map_from_entries(collect_list(struct(c.kolom, c.verborgen and not c.primair))) as secundair
    from suppressed c
    group by c.gemeentecode, c.maand
)

select
    g.gemeentecode,
    g.gemeentenaam,
    g.niveau,
    g.provinciecode,
    g.maand,
    p.aantal['signalen'] as signalen,
    g.inwoners,
    case when p.aantal['signalen'] is null and g.signalen > 0 then null else g.signalen_per_1000_inwoners end as signalen_per_1000_inwoners,
    p.aantal['signalen_niet_opgepakt'] as signalen_niet_opgepakt,
    case when g.signalen < ${kleinste_noemer_voor_percentage} or p.secundair['signalen'] or p.secundair['signalen_niet_opgepakt']
        then null else g.uitval_pct end as uitval_pct,
    p.aantal['zaken'] as zaken,
    p.aantal['zaken_enkelvoudig'] as zaken_enkelvoudig,
    p.aantal['zaken_meervoudig'] as zaken_meervoudig,
    p.aantal['zaken_opeenvolgend'] as zaken_opeenvolgend,
    p.aantal['zaken_met_contactpoging'] as zaken_met_contactpoging,
    p.aantal['zaken_bereikt'] as zaken_bereikt,
    case when g.zaken < ${kleinste_noemer_voor_percentage} or p.secundair['zaken'] or p.secundair['zaken_bereikt']
        then null else g.bereik_pct end as bereik_pct,
    g.bereik_doel_pct,
    case when g.zaken < ${kleinste_noemer_voor_percentage} or p.secundair['zaken'] or p.secundair['zaken_bereikt']
        then null else g.bereik_verschil_doel_pp end as bereik_verschil_doel_pp,
    p.aantal['zaken_hulp_geaccepteerd'] as zaken_hulp_geaccepteerd,
    case when g.zaken_bereikt < ${kleinste_noemer_voor_percentage} or p.secundair['zaken_bereikt']
        then null else g.hulpacceptatie_pct_van_bereikt end as hulpacceptatie_pct_van_bereikt,
    case when g.zaken < ${kleinste_noemer_voor_percentage} or p.secundair['zaken'] or p.secundair['zaken_hulp_geaccepteerd']
        then null else g.hulpacceptatie_pct_van_zaken end as hulpacceptatie_pct_van_zaken,
    p.aantal['zaken_quick_fix'] as zaken_quick_fix,
    case when g.zaken_hulp_geaccepteerd < ${kleinste_noemer_voor_percentage} or p.secundair['zaken_hulp_geaccepteerd']
            or p.secundair['zaken_quick_fix']
        then null else g.quick_fix_pct_van_geaccepteerd end as quick_fix_pct_van_geaccepteerd,
    p.aantal['zaken_geaccepteerd_zonder_bereik'] as zaken_geaccepteerd_zonder_bereik,
    case when g.zaken_met_contactpoging < ${kleinste_noemer_voor_percentage} then null else g.mediaan_dagen_tot_eerste_poging end
        as mediaan_dagen_tot_eerste_poging,
    case when g.zaken < ${kleinste_noemer_voor_percentage} or p.secundair['zaken'] then null else g.binnen_4_weken_pct end
        as binnen_4_weken_pct,
    array_sort(filter(map_keys(p.secundair), k -> p.secundair[k])) as secundair_onderdrukt,
    g.voorlopig
from gemeente_maand g
join published_counts p on p.gemeentecode = g.gemeentecode and p.maand = g.maand
