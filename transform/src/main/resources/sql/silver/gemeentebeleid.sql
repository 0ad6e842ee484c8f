-- silver.gemeentebeleid: each municipality's policy (threshold amount, home-visit capacity, automatic BRP check)
-- and the period it is in force: from geldig_vanaf up to the day before the municipality's next geldig_vanaf
-- (spec/inputs.md section 3). A row for the same municipality and date delivered again replaces the earlier one.
-- grain: one row per (gemeentecode, geldig_vanaf). key: (gemeentecode, geldig_vanaf)
-- merge on: gemeentecode, geldig_vanaf
with

current_rows as (
    select * from staging.gemeentebeleid
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)

select
    b.gemeentecode,
    coalesce(o.gemeentecode_actueel, b.gemeentecode) as gemeentecode_actueel,
    b.geldig_vanaf,
    date_sub(lead(b.geldig_vanaf) over (partition by b.gemeentecode order by b.geldig_vanaf), 1) as geldig_tot,
    b.drempelbedrag,
    b.huisbezoek_capaciteit_per_maand,
    b.brp_koppeling,
    b._bron_bestand
from current_rows b
left join opvolgers o on o.gemeentecode = b.gemeentecode
