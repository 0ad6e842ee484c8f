-- staging.cbs_herindelingen: the municipal mergers (old code -> new code) in the completed CBS files.
-- grain: one row per (oude_gemeentecode, nieuwe_gemeentecode)
select distinct oude_gemeentecode, nieuwe_gemeentecode
from bronze.cbs_herindelingen
where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
