-- silver.contactpogingen: the contact attempts of each current case. An attempt "counts" (telt) unless it is
-- merely administrative (spec/indicators.md).
-- grain: one row per attempt. key: (leverancier, gemeentecode, zaak_id, volgnummer)
-- A view, not a table: an explode of silver.zaken, read by the models after it (no Delta commit).
-- materialized: view
with

zaken as (
    select * from silver.zaken
),

attempts as (
    select leverancier, gemeentecode, gemeentecode_actueel, zaak_id, poging
    from zaken
    lateral view explode(contactpogingen) attempt as poging
)

select
    leverancier,
    gemeentecode,
    gemeentecode_actueel,
    zaak_id,
    poging.volgnummer,
    poging.soort,
    poging.bereikt,
    poging.datum,
    poging.dagdeel,
    poging.soort <> 'Administratief' as telt
from attempts
