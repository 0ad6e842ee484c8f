-- silver.zaak_kenmerken: everything spec/indicators.md says of a case, one row per case: its cohort month (the
-- month of its first signal), matching flags, outcome and timeliness, and what the breakdowns of
-- gold.gemeente_maand_uitsplitsing group it by. The gold marts count these rows.
-- leeftijd: the first signal's (whole years on the first signal's signaaldatum, computed at ingest; empty when
-- the birth date is missing or implausible). bedrag_totaal: the sum of the known amounts of the case's signals;
-- bedrag_bekend: every signal of the case has an amount (only then is bedrag_totaal the case's amount).
-- contactsoorten: the distinct types of the case's attempts, Administratief included; alleen_brief: at least one
-- counting attempt, and every counting attempt is a Brief.
-- Incremental: a run recomputes the cases of the cohort months new data can change (te_herbouwen_maanden,
-- wijziging zaken; the parameter herbouwde_maanden lists them) and replaces those months; matching reads signals
-- from 6 months before the first of them.
-- grain: one row per current case whose signals are known. key: (leverancier, gemeentecode, zaak_id)
-- incremental by month: zaken
with

zaken as (
    select * from silver.zaken
),

zaak_signalen as (
    select * from silver.zaak_signalen
),

signalen as (
    select * from silver.signalen
),

-- the eindresultaten that count as help accepted, one of them the quick fix (reference module: hulp-geaccepteerd.csv)
hulp_geaccepteerd as (
    select * from referentie_hulp_geaccepteerd
),

contactpogingen as (
    select * from silver.contactpogingen
),
-- if incremental

-- every current case of those cohort months: the cases held there before this run (their matching flags), and the
-- cases holding a signal of a new case version or a new or re-sent signal (te_herbouwen_maanden's step
-- touched_case_signals), whose cohort month may have moved; all their signals are in the rebuilt months or later
candidate_cases as (
    select leverancier, gemeentecode, zaak_id
    from silver.zaak_kenmerken
    where maand in ${herbouwde_maanden}
    union
    select zs.leverancier, zs.gemeentecode, zs.zaak_id
    from zaak_signalen zs
    left semi join touched_case_signals t
        on t.leverancier = zs.leverancier and t.gemeentecode = zs.gemeentecode and t.signaal_id = zs.signaal_id
),
-- end if

signals_of_case as (
    select
        zs.leverancier,
        zs.gemeentecode,
        zs.zaak_id,
        s.signaal_id,
        s.signaaldatum,
        s.maand,
        s.adres_sleutel,
        s.sleutel_id,
        s.partnertype,
        s.leeftijd,
        s.bedrag
    from zaak_signalen zs
    join signalen s
        on s.leverancier = zs.leverancier
        and s.gemeentecode = zs.gemeentecode
        and s.signaal_id = zs.signaal_id
-- if incremental
        and s.maand >= ${eerste_herbouwde_maand}
    left semi join candidate_cases c
        on c.leverancier = zs.leverancier and c.gemeentecode = zs.gemeentecode and c.zaak_id = zs.zaak_id
-- end if
),

-- per case in one pass: eerste_signaal(z), the earliest signaaldatum with ties broken by the smallest ID (a struct
-- compares field by field), and the amounts
case_signals as (
    select
        leverancier,
        gemeentecode,
        zaak_id,
        min(struct(signaaldatum, signaal_id, maand, adres_sleutel, sleutel_id, partnertype, leeftijd)) as eerste,
        count(*) as aantal_signalen,
        sum(bedrag) as bedrag_totaal,
        count(bedrag) = count(*) as bedrag_bekend
    from signals_of_case
    group by leverancier, gemeentecode, zaak_id
),

case_attempts as (
    select
        leverancier,
        gemeentecode,
        zaak_id,
        count_if(telt) as telbare_pogingen,
        bool_or(coalesce(bereikt, false)) as bereikt,
        min(case when telt then datum end) as eerste_telbare_poging,
        array_sort(collect_set(soort)) as contactsoorten,
        count_if(telt) > 0 and count_if(telt and soort <> 'Brief') = 0 as alleen_brief
    from contactpogingen p
-- if incremental
    left semi join candidate_cases c
        on c.leverancier = p.leverancier and c.gemeentecode = p.gemeentecode and c.zaak_id = p.zaak_id
-- end if
    group by leverancier, gemeentecode, zaak_id
),

-- signals on the case's address in the same municipality (current division), for the matching flags
address_signals as (
    select gemeentecode_actueel, adres_sleutel, signaaldatum, maand
    from signalen
    where adres_sleutel is not null
-- if incremental
        and maand >= add_months(${eerste_herbouwde_maand}, -6)
-- end if
),

-- the case with its first signal and amounts; its attempts are joined at the end (matching does not need them)
cases as (
    select
        z.leverancier,
        z.gemeentecode,
        z.gemeentecode_actueel,
        z.zaak_id,
        f.eerste.maand,
        f.eerste.signaal_id as eerste_signaal_id,
        f.eerste.signaaldatum as eerste_signaaldatum,
        f.eerste.adres_sleutel,
        f.eerste.sleutel_id,
        f.eerste.partnertype,
        f.eerste.leeftijd,
        f.aantal_signalen,
        f.bedrag_totaal,
        f.bedrag_bekend,
        z.resultaat
    from zaken z
    join case_signals f
        on f.leverancier = z.leverancier and f.gemeentecode = z.gemeentecode and f.zaak_id = z.zaak_id
),

-- meervoudig: 2+ signals on the address in the cohort month;
-- opeenvolgend: a signal on the address from the first day of month -6 up to the cohort month
matching as (
    select
        c.leverancier,
        c.gemeentecode,
        c.zaak_id,
        count_if(s.maand = c.maand) >= 2 as meervoudig,
        count_if(s.signaaldatum >= add_months(c.maand, -6) and s.signaaldatum < c.maand) > 0 as opeenvolgend
    from cases c
    join address_signals s
        on s.gemeentecode_actueel = c.gemeentecode_actueel and s.adres_sleutel = c.adres_sleutel
    group by c.leverancier, c.gemeentecode, c.zaak_id
)

select
    c.leverancier,
    c.gemeentecode,
    c.gemeentecode_actueel,
    c.zaak_id,
    c.maand,
    c.eerste_signaal_id,
    c.eerste_signaaldatum,
    c.adres_sleutel,
    c.sleutel_id,
    c.partnertype,
    c.leeftijd,
    c.aantal_signalen,
    c.bedrag_totaal,
    c.bedrag_bekend,
    c.resultaat,
    coalesce(m.meervoudig, false) as meervoudig,
    coalesce(m.opeenvolgend, false) as opeenvolgend,
    not coalesce(m.meervoudig, false) and not coalesce(m.opeenvolgend, false) as enkelvoudig,
    coalesce(p.telbare_pogingen, 0) as telbare_pogingen,
    coalesce(p.telbare_pogingen, 0) > 0 as met_contactpoging,
    coalesce(p.contactsoorten, cast(array() as array<string>)) as contactsoorten,
    coalesce(p.alleen_brief, false) as alleen_brief,
    coalesce(p.bereikt, false) as bereikt,
    h.eindresultaat is not null as hulp_geaccepteerd,
    coalesce(h.quick_fix, false) as quick_fix,
    datediff(p.eerste_telbare_poging, c.eerste_signaaldatum) as dagen_tot_eerste_poging
from cases c
left join case_attempts p
    on p.leverancier = c.leverancier and p.gemeentecode = c.gemeentecode and p.zaak_id = c.zaak_id
left join matching m
    on m.leverancier = c.leverancier and m.gemeentecode = c.gemeentecode and m.zaak_id = c.zaak_id
left join hulp_geaccepteerd h
    on h.eindresultaat = c.resultaat
