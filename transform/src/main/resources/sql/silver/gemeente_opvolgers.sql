-- silver.gemeente_opvolgers: every municipality code that ever existed, mapped to the municipality of the
-- current division that continues it (itself when it was not merged). Indicators group by the successor;
-- detail tables keep the code as delivered.
-- grain: one row per municipality code. key: gemeentecode
with

cbs_gemeenten as (
    select * from staging.cbs_gemeenten
),

herindelingen as (
    select * from staging.cbs_herindelingen
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
