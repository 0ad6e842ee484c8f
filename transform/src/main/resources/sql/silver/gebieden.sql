-- silver.gebieden: the areas every municipality's figures count for: itself, its province (PVnn) and the
-- Netherlands (NL). Gold models group by gebiedcode, so province and NL rows are sums of the same counts.
-- grain: one row per (gemeentecode, gebiedcode). key: (gemeentecode, gebiedcode)
-- A view, not a table: a small reference, read by the models after it (no Delta commit).
-- materialized: view
with

gemeenten as (
    select * from silver.gemeenten
)

select gemeentecode, gemeentecode as gebiedcode, gemeentenaam as gebiednaam, 'gemeente' as niveau, provinciecode
from gemeenten

union all

select gemeentecode, provinciecode, provincienaam, 'provincie', provinciecode
from gemeenten

union all

select gemeentecode, 'NL', 'Nederland', 'land', cast(null as string)
from gemeenten
