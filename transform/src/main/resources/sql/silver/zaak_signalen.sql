-- silver.zaak_signalen: which signals each current case groups.
-- grain: one row per (case, signal). key: (leverancier, gemeentecode, zaak_id, signaal_id)
-- merge on: leverancier, gemeentecode, zaak_id, signaal_id
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
