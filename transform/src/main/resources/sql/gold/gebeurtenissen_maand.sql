-- gold.gebeurtenissen_maand: partner events (evictions, disconnections, CAK registrations, ...) per municipality,
-- province (PVnn) and NL, month of the event date and kind of event (spec/indicators.md). met_signaal_vooraf_pct:
-- of the events with an address key, the share whose address had a signal in the 12 months before the event
-- date (signaaldatum from the same day 12 months earlier up to the day before). Partners report nationally, so an
-- area's inhabitants are those of all its municipalities.
-- grain: one row per (gemeentecode, maand, gebeurtenis). key: (gemeentecode, maand, gebeurtenis)
-- incremental by month: gebeurtenissen
with

gebeurtenissen as (
    select * from silver.gebeurtenissen
),

signalen as (
    select * from silver.signalen
),

gebieden as (
    select * from silver.gebieden
),

inwoners_per_maand as (
    select * from silver.inwoners_per_maand
),

prior_signals as (
    select
        e.gebeurtenis_id,
        count(s.signaaldatum) > 0 as met_signaal_vooraf
    from gebeurtenissen e
    left join signalen s
        on s.adres_sleutel = e.adres_sleutel
        and s.signaaldatum >= add_months(e.datum, -12)
        and s.signaaldatum < e.datum
    group by e.gebeurtenis_id
),

events_with_prior_signal as (
    select e.*, p.met_signaal_vooraf
    from gebeurtenissen e
    join prior_signals p on p.gebeurtenis_id = e.gebeurtenis_id
),

events_per_area as (
    select
        a.gebiedcode,
        e.maand,
        e.gebeurtenis,
        count(*) as aantal,
        count_if(e.adres_sleutel is not null) as aantal_met_adres,
        count_if(e.met_signaal_vooraf) as aantal_met_signaal_vooraf
    from events_with_prior_signal e
    join gebieden a on a.gemeentecode = e.gemeentecode_actueel
    group by a.gebiedcode, e.maand, e.gebeurtenis
),

inhabitants_per_area as (
    select a.gebiedcode, i.maand, sum(i.inwoners) as inwoners
    from inwoners_per_maand i
    join gebieden a on a.gemeentecode = i.gemeentecode
    group by a.gebiedcode, i.maand
),

area_names as (
    select distinct gebiedcode, gebiednaam, niveau from gebieden
)

select
    e.gebiedcode as gemeentecode,
    n.gebiednaam as gemeentenaam,
    n.niveau,
    e.maand,
    e.gebeurtenis,
    e.aantal,
    i.inwoners,
    1000 * e.aantal / nullif(i.inwoners, 0) as per_1000_inwoners,
    e.aantal_met_adres,
    e.aantal_met_signaal_vooraf,
    100 * e.aantal_met_signaal_vooraf / nullif(e.aantal_met_adres, 0) as met_signaal_vooraf_pct
from events_per_area e
join area_names n on n.gebiedcode = e.gebiedcode
left join inhabitants_per_area i on i.gebiedcode = e.gebiedcode and i.maand = e.maand
