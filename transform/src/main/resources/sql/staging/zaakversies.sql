-- staging.zaakversies: the case versions this run processes (nieuw: in staging.nieuwe_bestanden; every completed
-- file in a full run), with the versions of the completed files that can supersede them, and whether a later
-- version supersedes each (spec/inputs.md, identity). A case has no ID in DDAS v0.9: its identity is its smallest
-- signal ID (zaak_id), and it grows: first sent as {B}, later as {A, B}. So a case version is current only while no
-- later version of the same supplier and municipality shares a signal ID with it: a later version supersedes every
-- earlier one it overlaps, whatever their smallest IDs (a re-sent case, a grown one, or one that merges two
-- earlier cases). Current cases never share a signal. Later: latest aanleverdatum, then latest ingest, then last
-- in the file, then the file's SHA-256 (_versie: a total order). Only a version delivered no earlier than the
-- earliest new one (the parameter vroegste_nieuwe_aanlevering, a literal) can be later than a new one: Delta skips
-- the older files of bronze.zaken.
-- grain: one row per case version. key: _versie
with

bronze_zaken as (
    select * from bronze.zaken
    where _bestand_sha256 in (select bestand_sha256 from staging.ingelezen_bestanden)
        and aanleverdatum >= ${vroegste_nieuwe_aanlevering}
),

new_files as (
    select * from staging.nieuwe_bestanden
),

candidates as (
    select
        z.*,
        named_struct('aanleverdatum', z.aanleverdatum, 'ingest_tijd', z._ingest_tijd, 'rij', z._rij,
            'bestand', z._bestand_sha256) as _versie,
        n.bestand_sha256 is not null as nieuw
    from bronze_zaken z
    left join new_files n on n.bestand_sha256 = z._bestand_sha256
),

version_signals as (
    select leverancier, gemeentecode, _versie, signaal_id
    from candidates
    lateral view explode(signaal_ids) listed as signaal_id
),

latest_version_per_signal as (
    select leverancier, gemeentecode, signaal_id, max(_versie) as laatste_versie
    from version_signals
    group by leverancier, gemeentecode, signaal_id
),

superseded as (
    select distinct s.leverancier, s.gemeentecode, s._versie
    from version_signals s
    join latest_version_per_signal l
        on l.leverancier = s.leverancier and l.gemeentecode = s.gemeentecode and l.signaal_id = s.signaal_id
    where l.laatste_versie > s._versie
)

select
    c.*,
    s._versie is not null as vervangen
from candidates c
left join superseded s
    on s.leverancier = c.leverancier and s.gemeentecode = c.gemeentecode and s._versie = c._versie
