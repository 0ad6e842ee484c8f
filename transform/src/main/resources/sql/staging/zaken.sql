-- staging.zaken: the current versions among the case versions this run processes (staging.zaakversies): new,
-- and superseded by no later version.
-- grain: one row per case. key: (leverancier, gemeentecode, zaak_id)
select * except (nieuw, vervangen)
from staging.zaakversies
where nieuw and not vervangen
