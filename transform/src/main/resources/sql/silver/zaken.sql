-- silver.zaken: the current state of every case (vroegsignaalzaak): staging.zaken, with its municipality on the
-- current division. DDAS v0.9 gives a case no ID: its identity is its smallest signal ID (zaak_id). A later
-- version that shares a signal with a case replaces it whole, attempts included, even when its smallest ID
-- differs (a grown or merged case: spec/inputs.md).
-- Incremental: a run merges only the current versions from new files; a case it holds that a new, later version
-- overlaps is deleted (_vervallen), so current cases never share a signal.
-- grain: one row per case. key: (leverancier, gemeentecode, zaak_id)
-- merge on: leverancier, gemeentecode, zaak_id
-- incremental
with

zaken as (
    select * from staging.zaken
),

opvolgers as (
    select * from silver.gemeente_opvolgers
)
-- if incremental
,

new_version_signals as (
    select leverancier, gemeentecode, _versie, signaal_id
    from staging.zaakversies
    lateral view explode(signaal_ids) listed as signaal_id
    where nieuw
),

held_case_signals as (
    select t.leverancier, t.gemeentecode, t.zaak_id, t._versie, held.signaal_id
    from silver.zaken t
    lateral view explode(t.signaal_ids) held as signaal_id
),

-- the cases held that a later new version overlaps, and that no current new version replaces by key (the new
-- versions are a delivery's, the held cases the whole history: broadcast the new ones)
superseded_held_cases as (
    select /*+ BROADCAST(n) */ distinct h.leverancier, h.gemeentecode, h.zaak_id
    from held_case_signals h
    join new_version_signals n
        on n.leverancier = h.leverancier and n.gemeentecode = h.gemeentecode and n.signaal_id = h.signaal_id
    where n._versie > h._versie
),

deleted as (
    select h.*
    from superseded_held_cases h
    left anti join zaken z on z.leverancier = h.leverancier and z.gemeentecode = h.gemeentecode and z.zaak_id = h.zaak_id
)
-- end if

select
    v.leverancier,
    v.gemeentecode,
    coalesce(o.gemeentecode_actueel, v.gemeentecode) as gemeentecode_actueel,
    v.zaak_id,
    v.resultaat,
    v.matchingsdatum,
    v.datum_opgepakt,
    v.signaal_ids,
    v.contactpogingen,
    v.aanleverdatum,
    v._bron_bestand,
    v._positie,
    v._versie,
    false as _vervallen
from zaken v
left join opvolgers o on o.gemeentecode = v.gemeentecode
-- if incremental
union all
select /*+ BROADCAST(d) */ t.*, true as _vervallen
from silver.zaken t
left semi join deleted d on d.leverancier = t.leverancier and d.gemeentecode = t.gemeentecode and d.zaak_id = t.zaak_id
-- end if
