-- staging.ingelezen_bestanden: the files whose ingest completed, i.e. the ledger (bronze.leveringen) records them as
-- ingelezen. Ingest commits a file's tables one by one and its ledger rows last, so after an interrupted ingest
-- (the process killed between two commits) bronze can hold part of a file; every staging model reads only these
-- files, and the rest arrives when a re-run of the ingest completes the file.
-- ingest_tijd: when the file's ingest completed (the ledger's rows are written last).
-- grain: one row per file. key: bestand_sha256
with

ledger as (
    select * from bronze.leveringen
)

select
    bestand_sha256,
    bestand,
    bestandsoort,
    max(ingest_tijd) as ingest_tijd
from ledger
where status = 'ingelezen'
group by bestand_sha256, bestand, bestandsoort
