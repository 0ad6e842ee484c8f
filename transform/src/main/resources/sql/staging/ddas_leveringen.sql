-- staging.ddas_leveringen: the DDAS leveringen in the files this run processes (staging.nieuwe_bestanden).
-- grain: one row per levering. key: (_bestand_sha256, _levering)
select *
from bronze.ddas_leveringen
where _bestand_sha256 in ${nieuwe_bestanden}
