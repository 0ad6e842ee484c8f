-- silver.inwoners_per_maand: the inhabitants used for a municipality in a month (spec/inputs.md section 4): those
-- of the month's year, else of the latest earlier year available, else of the earliest year available. Every
-- current municipality, every month from the earliest to the latest month of any signal or event.
-- grain: one row per (gemeentecode, maand). key: (gemeentecode, maand)
-- A view, not a table: a small reference, read by the models after it (no Delta commit).
-- materialized: view
with

gemeenten as (
    select * from silver.gemeenten
),

inwoners as (
    select * from silver.inwoners
),

-- the current signals and events (so, like every model, only completed files)
data_months as (
    select maand from silver.signalen
    union all
    select maand from silver.gebeurtenissen
),

data_range as (
    select min(maand) as eerste_maand, max(maand) as laatste_maand from data_months
),

calendar as (
    select explode(sequence(eerste_maand, laatste_maand, interval 1 month)) as maand
    from data_range
    where eerste_maand is not null
),

candidates as (
    select
        g.gemeentecode,
        c.maand,
        i.inwoners,
        row_number() over (
            partition by g.gemeentecode, c.maand
            order by case when i.jaar <= year(c.maand) then 0 else 1 end,
                     case when i.jaar <= year(c.maand) then -i.jaar else i.jaar end
        ) as year_rank
    from gemeenten g
    cross join calendar c
    join inwoners i on i.gemeentecode = g.gemeentecode
)

select gemeentecode, maand, inwoners
from candidates
where year_rank = 1
