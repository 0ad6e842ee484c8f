-- gold.partner_uitval: drop-out by reason per partner type, for the feedback to partners (how many of their
-- signals were not picked up, and why). Per area (municipality on the current division, province PVnn, NL), month
-- of the signaldatum, partner type and signal status (no status: onbekend, as gold.gemeente_maand_uitsplitsing's
-- signaalstatus): the number of signals. Statuses other than 'Nog niet opgepakt' and onbekend are drop-out reasons
-- (spec/indicators.md, signalen_niet_opgepakt).
-- Unsuppressed, for researchers. Reports read gold.partner_uitval_gepubliceerd, which comes out of the one
-- suppression pass of the month (transform/.../publish/LinkedMonth: primary, and secondary with the partnertype and
-- signaalstatus groups of gold.gemeente_maand_uitsplitsing as its margins).
-- grain: one row per (gemeentecode, maand, partnertype, signaalstatus). key: the same
-- incremental by month: signalen
with

signalen as (
    select * from silver.signalen
),

areas as (
    select * from silver.gebieden
),

counts_per_area as (
    select
        a.gebiedcode,
        s.maand,
        s.partnertype,
        coalesce(s.status, 'onbekend') as signaalstatus,
        count(*) as signalen
    from signalen s
    join areas a on a.gemeentecode = s.gemeentecode_actueel
    group by a.gebiedcode, s.maand, s.partnertype, coalesce(s.status, 'onbekend')
),

area_names as (
    select distinct gebiedcode, gebiednaam, niveau from areas
)

select
    c.gebiedcode as gemeentecode,
    n.gebiednaam as gemeentenaam,
    n.niveau,
    c.maand,
    c.partnertype,
    c.signaalstatus,
    c.signalen
from counts_per_area c
join area_names n on n.gebiedcode = c.gebiedcode
