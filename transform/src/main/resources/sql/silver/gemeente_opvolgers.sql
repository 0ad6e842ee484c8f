-- silver.gemeente_opvolgers: every municipality code that ever existed, mapped to the municipality of the
-- current division that continues it (itself when it was not merged). Indicators group by the successor;
-- detail tables keep the code as delivered.
-- grain: one row per municipality code. key: gemeentecode
with

cbs_gemeenten as (
    select * from bronze.cbs_gemeenten
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

herindelingen as (
    select distinct oude_gemeentecode, nieuwe_gemeentecode
    from bronze.cbs_herindelingen
    where _bestand_sha256 in (select bestand_sha256 from silver.ingelezen_bestanden)
),

all_codes as (
    select gemeentecode from cbs_gemeenten
    union
    select oude_gemeentecode from herindelingen
),

-- two steps cover a municipality merged twice (old -> intermediate -> current)
mapped as (
    select
        c.gemeentecode,
        coalesce(second_merger.nieuwe_gemeentecode, first_merger.nieuwe_gemeentecode, c.gemeentecode) as gemeentecode_actueel
    from all_codes c
    left join herindelingen first_merger on first_merger.oude_gemeentecode = c.gemeentecode
    left join herindelingen second_merger on second_merger.oude_gemeentecode = first_merger.nieuwe_gemeentecode
)

select gemeentecode, gemeentecode_actueel
from mapped
