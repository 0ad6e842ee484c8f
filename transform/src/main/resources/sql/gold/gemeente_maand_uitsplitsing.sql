-- gold.gemeente_maand_uitsplitsing: the breakdowns of spec/indicators.md in long format. For each area
-- (municipality on the current division, province PVnn, NL) and month of gold.gemeente_maand, and for each group
-- (waarde) of each breakdown (dimensie): signalen, zaken, zaken_bereikt, zaken_hulp_geaccepteerd (and the
-- numerator zaken_hulp_geaccepteerd_en_bereikt), bereik_pct and hulpacceptatie_pct_van_bereikt, with the
-- meanings of gold.gemeente_maand restricted to the group. Signals count in the month of their signaaldatum,
-- cases in their cohort month. Province and NL rows are computed from the same signals and cases as the
-- municipalities (summed counts; percentages never averaged).
--
-- What each breakdown groups (column groepeert) and how:
--   partnertype      signals and cases  a signal by its partner type; a case by that of its first signal
--   leeftijd         signals and cases  <27, 27-44, 45-64, 65+, onbekend: age in whole years on the signal's own
--                                       signaaldatum (computed at ingest); a case takes its first signal's, so
--                                       the age on the first signal's signaaldatum. Turning 27 on that date is
--                                       27-44. No or an implausible birth date (age under 16 or over 110,
--                                       spec/inputs.md): onbekend.
--   bedrag           signals and cases  <75, 75-249, 250-499, 500-999, 1000+ (whole euros), onbekend: a signal
--                                       by its bedrag; a case by the sum of bedrag over all its signals. When any
--                                       signal of the case has no bedrag, the sum is unknown: onbekend (a sum of
--                                       the known amounts would put the case in too low a band).
--   contactsoort     cases              each DDAS contact type: cases with at least one attempt of that type
--                                       (Administratief included); alleen Brief: at least one counting attempt
--                                       and every counting attempt a Brief (administrative attempts ignored).
--                                       Groups overlap; a case without attempts is in none.
--   aantal_pogingen  cases              0, 1-2, 3, 4+ counting attempts (all but Administratief)
--   matchtype        cases              enkelvoudig, meervoudig, opeenvolgend by flag; a case can be both
--                                       meervoudig and opeenvolgend, so the groups overlap
--   signaalstatus    signals            each DDAS signal status as delivered; no status: onbekend
-- In a breakdown that does not group signals, signalen is NULL; in one that does not group cases, zaken,
-- zaken_bereikt, zaken_hulp_geaccepteerd(_en_bereikt) and both percentages are NULL: "not applicable", never 0.
-- Every area and month gets every group of the code lists (45 rows), an empty group with 0, so a breakdown is
-- complete; a value outside the code lists (ingest quarantines those) would get a row of its own (volgorde 99).
-- A percentage with a zero denominator is NULL.
-- Besides the spec's columns: gemeentenaam, niveau, provinciecode and voorlopig as in gold.gemeente_maand;
-- volgorde, the report order of the groups within a breakdown; groepeert (above); and
-- zaken_hulp_geaccepteerd_en_bereikt, the numerator of hulpacceptatie_pct_van_bereikt.
-- grain: one row per (gemeentecode, maand, dimensie, waarde). key: (gemeentecode, maand, dimensie, waarde)
-- incremental by month: signalen, zaken, voorlopig
with

signalen as (
    select * from silver.signalen
),

zaken as (
    select * from silver.zaak_kenmerken
),

gemeente_maand as (
    select * from gold.gemeente_maand
),

dimensions as (
    select * from values
        ('partnertype', 'signalen en zaken'),
        ('leeftijd', 'signalen en zaken'),
        ('bedrag', 'signalen en zaken'),
        ('contactsoort', 'zaken'),
        ('aantal_pogingen', 'zaken'),
        ('matchtype', 'zaken'),
        ('signaalstatus', 'signalen')
    as t(dimensie, groepeert)
),

-- the DDAS v0.9 code lists in report order (reference module: ddas-codelijsten.csv)
codelijsten as (
    select * from referentie_codelijsten
),

-- the groups of every breakdown in report order: the DDAS code lists, each with its extra group after it, and the
-- bands of the spec
groups as (
    select lijst as dimensie, waarde, volgorde
    from codelijsten
    where lijst in ('partnertype', 'contactsoort', 'signaalstatus')
    union all
    select 'contactsoort', 'alleen Brief', cast(count(*) + 1 as int) from codelijsten where lijst = 'contactsoort'
    union all
    select 'signaalstatus', 'onbekend', cast(count(*) + 1 as int) from codelijsten where lijst = 'signaalstatus'
    union all
    select * from values
        ('leeftijd', '<27', 1),
        ('leeftijd', '27-44', 2),
        ('leeftijd', '45-64', 3),
        ('leeftijd', '65+', 4),
        ('leeftijd', 'onbekend', 5),
        ('bedrag', '<75', 1),
        ('bedrag', '75-249', 2),
        ('bedrag', '250-499', 3),
        ('bedrag', '500-999', 4),
        ('bedrag', '1000+', 5),
        ('bedrag', 'onbekend', 6),
        ('aantal_pogingen', '0', 1),
        ('aantal_pogingen', '1-2', 2),
        ('aantal_pogingen', '3', 3),
        ('aantal_pogingen', '4+', 4),
        ('matchtype', 'enkelvoudig', 1),
        ('matchtype', 'meervoudig', 2),
        ('matchtype', 'opeenvolgend', 3)
    as t(dimensie, waarde, volgorde)
),

areas as (
    select * from silver.gebieden
),

-- signals and cases in one list of units, so that each band below is defined once
units as (
    select
        'signaal' as eenheid,
        gemeentecode_actueel,
        maand,
        partnertype,
        leeftijd,
        bedrag,
        status,
        cast(null as int) as telbare_pogingen,
        cast(null as array<string>) as contactsoorten,
        false as alleen_brief,
        false as enkelvoudig,
        false as meervoudig,
        false as opeenvolgend,
        false as bereikt,
        false as hulp_geaccepteerd
    from signalen
    union all
    select
        'zaak' as eenheid,
        gemeentecode_actueel,
        maand,
        partnertype,
        leeftijd,
        case when bedrag_bekend then bedrag_totaal end as bedrag,
        cast(null as string) as status,
        telbare_pogingen,
        contactsoorten,
        alleen_brief,
        enkelvoudig,
        meervoudig,
        opeenvolgend,
        bereikt,
        hulp_geaccepteerd
    from zaken
),

banded_units as (
    select
        *,
        case
            when leeftijd is null then 'onbekend'
            when leeftijd < 27 then '<27'
            when leeftijd < 45 then '27-44'
            when leeftijd < 65 then '45-64'
            else '65+'
        end as leeftijdsgroep,
        case
            when bedrag is null then 'onbekend'
            when bedrag < 75 then '<75'
            when bedrag < 250 then '75-249'
            when bedrag < 500 then '250-499'
            when bedrag < 1000 then '500-999'
            else '1000+'
        end as bedragsgroep,
        case
            when telbare_pogingen is null then null -- a signal
            when telbare_pogingen = 0 then '0'
            when telbare_pogingen <= 2 then '1-2'
            when telbare_pogingen = 3 then '3'
            else '4+'
        end as pogingengroep
    from units
),

-- one row per unit and group it is in: a unit's groups listed once per unit, contact types appended
memberships as (
    select
        u.eenheid,
        u.gemeentecode_actueel,
        u.maand,
        u.bereikt,
        u.hulp_geaccepteerd,
        g.dimensie,
        g.waarde
    from banded_units u
    lateral view inline(concat(
        array(
            struct('partnertype' as dimensie, u.partnertype as waarde),
            struct('leeftijd' as dimensie, u.leeftijdsgroep as waarde),
            struct('bedrag' as dimensie, u.bedragsgroep as waarde),
            struct('contactsoort' as dimensie, case when u.alleen_brief then 'alleen Brief' end as waarde),
            struct('aantal_pogingen' as dimensie, u.pogingengroep as waarde),
            struct('matchtype' as dimensie, case when u.enkelvoudig then 'enkelvoudig' end as waarde),
            struct('matchtype' as dimensie, case when u.meervoudig then 'meervoudig' end as waarde),
            struct('matchtype' as dimensie, case when u.opeenvolgend then 'opeenvolgend' end as waarde),
            struct('signaalstatus' as dimensie,
                   case when u.eenheid = 'signaal' then coalesce(u.status, 'onbekend') end as waarde)
        ),
        transform(
            coalesce(u.contactsoorten, cast(array() as array<string>)),
            soort -> struct('contactsoort' as dimensie, soort as waarde)
        )
    )) g
    where g.waarde is not null
),

-- counted per municipality first (a unit is in a handful of groups), then summed to its areas: the counts are
-- additive, and the join with the areas multiplies a few hundred thousand counts instead of every membership
counts_per_municipality as (
    select
        gemeentecode_actueel,
        maand,
        dimensie,
        waarde,
        count_if(eenheid = 'signaal') as signalen,
        count_if(eenheid = 'zaak') as zaken,
        count_if(eenheid = 'zaak' and bereikt) as zaken_bereikt,
        count_if(eenheid = 'zaak' and hulp_geaccepteerd) as zaken_hulp_geaccepteerd,
        count_if(eenheid = 'zaak' and hulp_geaccepteerd and bereikt) as zaken_hulp_geaccepteerd_en_bereikt
    from memberships
    group by gemeentecode_actueel, maand, dimensie, waarde
),

counts_per_area as (
    select
        a.gebiedcode,
        c.maand,
        c.dimensie,
        c.waarde,
        sum(c.signalen) as signalen,
        sum(c.zaken) as zaken,
        sum(c.zaken_bereikt) as zaken_bereikt,
        sum(c.zaken_hulp_geaccepteerd) as zaken_hulp_geaccepteerd,
        sum(c.zaken_hulp_geaccepteerd_en_bereikt) as zaken_hulp_geaccepteerd_en_bereikt
    from counts_per_municipality c
    join areas a on a.gemeentecode = c.gemeentecode_actueel
    group by a.gebiedcode, c.maand, c.dimensie, c.waarde
),

-- the code lists, and any other value that occurs
all_groups as (
    select dimensie, waarde, volgorde from groups
    union
    select c.dimensie, c.waarde, 99 as volgorde
    from counts_per_area c
    left anti join groups g on g.dimensie = c.dimensie and g.waarde = c.waarde
),

grid as (
    select
        gm.gemeentecode,
        gm.gemeentenaam,
        gm.niveau,
        gm.provinciecode,
        gm.maand,
        gm.voorlopig,
        d.dimensie,
        d.groepeert,
        g.waarde,
        g.volgorde
    from gemeente_maand gm
    cross join all_groups g
    join dimensions d on d.dimensie = g.dimensie
),

counts as (
    select
        grid.*,
        case when grid.groepeert <> 'zaken' then coalesce(c.signalen, 0) end as signalen,
        case when grid.groepeert <> 'signalen' then coalesce(c.zaken, 0) end as zaken,
        case when grid.groepeert <> 'signalen' then coalesce(c.zaken_bereikt, 0) end as zaken_bereikt,
        case when grid.groepeert <> 'signalen' then coalesce(c.zaken_hulp_geaccepteerd, 0) end as zaken_hulp_geaccepteerd,
        case when grid.groepeert <> 'signalen' then coalesce(c.zaken_hulp_geaccepteerd_en_bereikt, 0) end as zaken_hulp_geaccepteerd_en_bereikt
    from grid
    left join counts_per_area c
        on c.gebiedcode = grid.gemeentecode
        and c.maand = grid.maand
        and c.dimensie = grid.dimensie
        and c.waarde = grid.waarde
)

select
    gemeentecode,
    gemeentenaam,
    niveau,
    provinciecode,
    maand,
    dimensie,
    waarde,
    volgorde,
    groepeert,
    signalen,
    zaken,
    zaken_bereikt,
    zaken_hulp_geaccepteerd,
    zaken_hulp_geaccepteerd_en_bereikt,
    100 * zaken_bereikt / nullif(zaken, 0) as bereik_pct,
    100 * zaken_hulp_geaccepteerd_en_bereikt / nullif(zaken_bereikt, 0) as hulpacceptatie_pct_van_bereikt,
    voorlopig
from counts
