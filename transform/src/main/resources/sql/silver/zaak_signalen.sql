-- silver.zaak_signalen: which signals each current case groups.
-- grain: one row per (case, signal). key: (leverancier, gemeentecode, zaak_id, signaal_id)
-- A view, not a table: an explode of silver.zaken, read by the models after it (no Delta commit).
-- materialized: view
with

zaken as (
    select * from silver.zaken
)

select
    leverancier,
    gemeentecode,
    zaak_id,
    signaal_id
from zaken
lateral view explode(signaal_ids) linked as signaal_id
