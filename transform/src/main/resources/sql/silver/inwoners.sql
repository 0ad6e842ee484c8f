-- silver.inwoners: inhabitants on 1 January per municipality and year (CBS).
-- grain: one row per (jaar, gemeentecode)
with

cbs_inwoners as (
    select * from staging.cbs_inwoners
)

select jaar, gemeentecode, inwoners
from cbs_inwoners
