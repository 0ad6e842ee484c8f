-- gold.gemeente_maand_uitsplitsing_gepubliceerd: gold.gemeente_maand_uitsplitsing as it may be published
-- (spec/indicators.md, "Published figures"). Researchers querying the lake use the unsuppressed table.
--
-- Primary suppression, as gold.gemeente_maand_gepubliceerd: a count from 1 to kleinste_getoonde_telling - 1 is
-- NULL (shown as "<5"); a percentage whose denominator is below kleinste_noemer_voor_percentage is NULL (both
-- parameters, default 5 and 10).
--
-- Secondary suppression: a breakdown is the cells of one count column (signalen, zaken, zaken_bereikt,
-- zaken_hulp_geaccepteerd) over the groups of one (gemeentecode, maand, dimensie). Its total is the same column
-- of gold.gemeente_maand_gepubliceerd for that gemeentecode and maand. When exactly one cell of the breakdown is
-- suppressed by the primary rule and the total is published (not NULL), the total minus the other cells would
-- give that cell back, so one more cell is suppressed: the smallest cell that is not zero (a zero is published
-- as 0: hiding it would read "<5", which is false); ties: the first in report order (volgorde). With two or
-- more cells suppressed, or the total suppressed, nothing more is done.
-- The rule applies to the breakdowns whose groups partition the signals or cases (partnertype, leeftijd,
-- bedrag, aantal_pogingen, signaalstatus) and to matchtype: its groups overlap (a case can be meervoudig and
-- opeenvolgend), but enkelvoudig + (meervoudig or opeenvolgend) = zaken, so whenever meervoudig or
-- opeenvolgend is 0 the breakdown is a partition and a lone suppressed cell could be recomputed; the rule is
-- applied to matchtype always (conservatively). It does not apply to contactsoort: a case is in the group of
-- every type it had an attempt of and a case without attempts is in none, so the cells do not add up to a
-- total and none can be recomputed from it.
-- A percentage is also NULL when its denominator or its numerator count was hidden by secondary suppression
-- (bereik_pct: zaken or zaken_bereikt; hulpacceptatie_pct_van_bereikt: zaken_bereikt), since numerator and
-- percentage would give the hidden count back.
-- A NULL count means: in secundair_onderdrukt (the columns hidden by secondary suppression), a hidden figure of
-- any size; else, when groepeert says the breakdown does not count that unit, not applicable; else 1 to 4
-- (a primary suppression).
-- zaken_hulp_geaccepteerd_en_bereikt is not published (it is the numerator of a published percentage).
-- grain: one row per (gemeentecode, maand, dimensie, waarde), as gold.gemeente_maand_uitsplitsing
with

uitsplitsing as (
    select * from gold.gemeente_maand_uitsplitsing
),

gemeente_maand_gepubliceerd as (
    select * from gold.gemeente_maand_gepubliceerd
),

-- one row per cell and count column that applies to its breakdown
cells as (
    select
        u.gemeentecode,
        u.maand,
        u.dimensie,
        u.waarde,
        u.volgorde,
        cell.kolom,
        cell.aantal
    from uitsplitsing u
    lateral view stack(4,
        'signalen', u.signalen,
        'zaken', u.zaken,
        'zaken_bereikt', u.zaken_bereikt,
        'zaken_hulp_geaccepteerd', u.zaken_hulp_geaccepteerd) cell as kolom, aantal
    where cell.aantal is not null
),

published_totals as (
    select
        g.gemeentecode,
        g.maand,
        total.kolom,
        total.totaal is not null as totaal_gepubliceerd
    from gemeente_maand_gepubliceerd g
    lateral view stack(4,
        'signalen', g.signalen,
        'zaken', g.zaken,
        'zaken_bereikt', g.zaken_bereikt,
        'zaken_hulp_geaccepteerd', g.zaken_hulp_geaccepteerd) total as kolom, totaal
),

primary_suppression as (
    select
        *,
        aantal between 1 and ${kleinste_getoonde_telling} - 1 as primair
    from cells
),

-- per breakdown: how many cells the primary rule hides, and the other cells from smallest non-zero up
ranked as (
    select
        *,
        count_if(primair) over (partition by gemeentecode, maand, dimensie, kolom) as primair_in_uitsplitsing,
        row_number() over (
            partition by gemeentecode, maand, dimensie, kolom
            order by case when not primair and aantal > 0 then 0 else 1 end, aantal, volgorde, waarde
        ) as kandidaat_rang
    from primary_suppression
),

secondary_suppression as (
    select
        r.*,
        r.dimensie <> 'contactsoort'
            and r.primair_in_uitsplitsing = 1
            and coalesce(t.totaal_gepubliceerd, false)
            and not r.primair
            and r.aantal > 0
            and r.kandidaat_rang = 1 as secundair
    from ranked r
    left join published_totals t
        on t.gemeentecode = r.gemeentecode and t.maand = r.maand and t.kolom = r.kolom
),

secondary_per_cell as (
    select
        gemeentecode,
        maand,
        dimensie,
        waarde,
        bool_or(secundair and kolom = 'signalen') as signalen_secundair,
        bool_or(secundair and kolom = 'zaken') as zaken_secundair,
        bool_or(secundair and kolom = 'zaken_bereikt') as zaken_bereikt_secundair,
        bool_or(secundair and kolom = 'zaken_hulp_geaccepteerd') as zaken_hulp_geaccepteerd_secundair,
        array_sort(collect_list(case when secundair then kolom end)) as secundair_onderdrukt
    from secondary_suppression
    group by gemeentecode, maand, dimensie, waarde
)

select
    u.gemeentecode,
    u.gemeentenaam,
    u.niveau,
    u.provinciecode,
    u.maand,
    u.dimensie,
    u.waarde,
    u.volgorde,
    u.groepeert,
    case when u.signalen between 1 and ${kleinste_getoonde_telling} - 1 or s.signalen_secundair then null else u.signalen end as signalen,
    case when u.zaken between 1 and ${kleinste_getoonde_telling} - 1 or s.zaken_secundair then null else u.zaken end as zaken,
    case when u.zaken_bereikt between 1 and ${kleinste_getoonde_telling} - 1 or s.zaken_bereikt_secundair then null else u.zaken_bereikt end as zaken_bereikt,
    case when u.zaken_hulp_geaccepteerd between 1 and ${kleinste_getoonde_telling} - 1 or s.zaken_hulp_geaccepteerd_secundair then null else u.zaken_hulp_geaccepteerd end as zaken_hulp_geaccepteerd,
    case when u.zaken < ${kleinste_noemer_voor_percentage} or s.zaken_secundair or s.zaken_bereikt_secundair then null else u.bereik_pct end as bereik_pct,
    case when u.zaken_bereikt < ${kleinste_noemer_voor_percentage} or s.zaken_bereikt_secundair then null else u.hulpacceptatie_pct_van_bereikt end as hulpacceptatie_pct_van_bereikt,
    coalesce(s.secundair_onderdrukt, cast(array() as array<string>)) as secundair_onderdrukt,
    u.voorlopig
from uitsplitsing u
left join secondary_per_cell s
    on s.gemeentecode = u.gemeentecode
    and s.maand = u.maand
    and s.dimensie = u.dimensie
    and s.waarde = u.waarde
