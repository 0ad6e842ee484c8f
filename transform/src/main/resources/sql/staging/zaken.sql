-- staging.zaken: the current version of every case in the completed files (spec/inputs.md, identity). A case has
-- no ID in DDAS v0.9: its identity is its smallest signal ID (zaak_id), and it grows: first sent as {B}, later
-- as {A, B}. So a case version is current only while no later version of the same supplier and municipality
-- shares a signal ID with it: a later version supersedes every earlier one it overlaps, whatever their smallest
-- IDs (a re-sent case, a grown one, or one that merges two earlier cases). Current cases never share a signal.
-- Later: latest aanleverdatum, then latest ingest, then last in the file (the file's SHA-256 breaks a tie, so
-- the order is total). All versions stay in bronze.zaken.
-- grain: one row per current case. key: (leverancier, gemeentecode, zaak_id)
with

bronze_zaken as (
    select * from bronze.zaken
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
),

versions as (
    select
        *,
        named_struct('aanleverdatum', aanleverdatum, 'ingest_tijd', _ingest_tijd, 'rij', _rij,
            'bestand', _bestand_sha256) as versie
    from bronze_zaken
),

version_signals as (
    select leverancier, gemeentecode, versie, signaal_id
    from versions
    lateral view explode(signaal_ids) listed as signaal_id
),

latest_version_per_signal as (
    select leverancier, gemeentecode, signaal_id, max(versie) as laatste_versie
    from version_signals
    group by leverancier, gemeentecode, signaal_id
),

superseded as (
    select distinct s.leverancier, s.gemeentecode, s.versie
    from version_signals s
    join latest_version_per_signal l
        on l.leverancier = s.leverancier and l.gemeentecode = s.gemeentecode and l.signaal_id = s.signaal_id
    where l.laatste_versie > s.versie
)

select v.* except (versie)
from versions v
left anti join superseded s
    on s.leverancier = v.leverancier and s.gemeentecode = v.gemeentecode and s.versie = v.versie
