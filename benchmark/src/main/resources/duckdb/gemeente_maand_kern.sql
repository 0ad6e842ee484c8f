-- The core of gold.gemeente_maand per municipality (gemeentecode_actueel) and month, from the current-state views
-- signalen and zaken, with the definitions of docs/spec/indicators.md: signals and signals dropped out by month of
-- signaaldatum; cases by cohort month (the month of the first signal: earliest signaaldatum, ties the smallest ID;
-- cases whose signals are unknown are left out, as silver.zaak_kenmerken does); the matching flags meervoudig (2+
-- signals on the address in the cohort month) and opeenvolgend (a signal on the address in the six months before);
-- cases with a counting attempt (soort other than Administratief), reached (any attempt bereikt), help accepted
-- (the three accepting resultaat values), and the exact median of days from first signal to first counting
-- attempt. Not computed: province and NL rows, inhabitants, voorlopig, percentages, the breakdowns.

create temp table kern as
with
zaak_signalen as (
    select leverancier, gemeentecode, zaak_id, unnest(signaal_ids) as signaal_id from zaken
),
signals_of_case as (
    select zs.leverancier, zs.gemeentecode, zs.zaak_id, s.signaal_id, s.signaaldatum, s.maand, s.adres_sleutel
    from zaak_signalen zs
    join signalen s on s.leverancier = zs.leverancier and s.gemeentecode = zs.gemeentecode and s.signaal_id = zs.signaal_id
),
first_signal as (
    select * from signals_of_case
    qualify row_number() over (partition by leverancier, gemeentecode, zaak_id order by signaaldatum, signaal_id) = 1
),
attempts as (
    select leverancier, gemeentecode, zaak_id, unnest(contactpogingen) as p from zaken
),
case_attempts as (
    select
        leverancier, gemeentecode, zaak_id,
        count(*) filter (where p.soort <> 'Administratief') as telbare_pogingen,
        bool_or(coalesce(p.bereikt, false)) as bereikt,
        min(p.datum) filter (where p.soort <> 'Administratief') as eerste_telbare_poging
    from attempts
    group by leverancier, gemeentecode, zaak_id
),
cases as (
    select
        z.leverancier, z.gemeentecode, z.gemeentecode_actueel, z.zaak_id, z.resultaat,
        f.maand, f.signaaldatum as eerste_signaaldatum, f.adres_sleutel,
        coalesce(a.telbare_pogingen, 0) as telbare_pogingen,
        coalesce(a.bereikt, false) as bereikt,
        a.eerste_telbare_poging
    from zaken z
    join first_signal f on f.leverancier = z.leverancier and f.gemeentecode = z.gemeentecode and f.zaak_id = z.zaak_id
    left join case_attempts a on a.leverancier = z.leverancier and a.gemeentecode = z.gemeentecode and a.zaak_id = z.zaak_id
),
matching as (
    select
        c.leverancier, c.gemeentecode, c.zaak_id,
        count(*) filter (where s.maand = c.maand) >= 2 as meervoudig,
        count(*) filter (where s.signaaldatum >= c.maand - interval 6 month and s.signaaldatum < c.maand) > 0 as opeenvolgend
    from cases c
    join signalen s on s.gemeentecode_actueel = c.gemeentecode_actueel and s.adres_sleutel = c.adres_sleutel
    group by c.leverancier, c.gemeentecode, c.zaak_id
),
case_features as (
    select
        c.gemeentecode_actueel, c.maand, c.bereikt,
        coalesce(m.meervoudig, false) as meervoudig,
        coalesce(m.opeenvolgend, false) as opeenvolgend,
        c.telbare_pogingen > 0 as met_contactpoging,
        coalesce(c.resultaat in ('(Budget)advies en/of quick fix', 'Vervolghulp en/of verwijzing financieel',
            'Vervolghulp en/of verwijzing niet financieel'), false) as hulp_geaccepteerd,
        c.eerste_telbare_poging - c.eerste_signaaldatum as dagen_tot_eerste_poging
    from cases c
    left join matching m on m.leverancier = c.leverancier and m.gemeentecode = c.gemeentecode and m.zaak_id = c.zaak_id
),
signals_per_month as (
    select
        gemeentecode_actueel as gemeentecode, maand,
        count(*) as signalen,
        count(*) filter (where coalesce(status, '') not in ('', 'Nog niet opgepakt')) as signalen_niet_opgepakt
    from signalen
    group by gemeentecode_actueel, maand
),
cases_per_month as (
    select
        gemeentecode_actueel as gemeentecode, maand,
        count(*) as zaken,
        count(*) filter (where not meervoudig and not opeenvolgend) as zaken_enkelvoudig,
        count(*) filter (where meervoudig) as zaken_meervoudig,
        count(*) filter (where opeenvolgend) as zaken_opeenvolgend,
        count(*) filter (where met_contactpoging) as zaken_met_contactpoging,
        count(*) filter (where bereikt) as zaken_bereikt,
        count(*) filter (where hulp_geaccepteerd) as zaken_hulp_geaccepteerd,
        median(dagen_tot_eerste_poging) as mediaan_dagen_tot_eerste_poging
    from case_features
    group by gemeentecode_actueel, maand
)
select
    gemeentecode,
    maand,
    coalesce(s.signalen, 0) as signalen,
    coalesce(s.signalen_niet_opgepakt, 0) as signalen_niet_opgepakt,
    coalesce(z.zaken, 0) as zaken,
    coalesce(z.zaken_enkelvoudig, 0) as zaken_enkelvoudig,
    coalesce(z.zaken_meervoudig, 0) as zaken_meervoudig,
    coalesce(z.zaken_opeenvolgend, 0) as zaken_opeenvolgend,
    coalesce(z.zaken_met_contactpoging, 0) as zaken_met_contactpoging,
    coalesce(z.zaken_bereikt, 0) as zaken_bereikt,
    coalesce(z.zaken_hulp_geaccepteerd, 0) as zaken_hulp_geaccepteerd,
    cast(z.mediaan_dagen_tot_eerste_poging as double) as mediaan_dagen_tot_eerste_poging
from signals_per_month s
full outer join cases_per_month z using (gemeentecode, maand);
