-- staging.nieuwe_bestanden: the completed files this run has to process: those the ledger records as ingelezen
-- after ${sinds}, the ingest time the previous transform run went up to (a full run: every completed file). The
-- staging models of the current-state tables read only these, so an incremental run's cost follows the new data;
-- they filter bronze on this list as literals (the parameter nieuwe_bestanden), so Delta can skip older files.
-- A file whose ingest was interrupted gets its ledger rows, with the time of the completing run, only then.
-- grain: one row per file. key: bestand_sha256
select distinct bestand_sha256
from staging.ingelezen_bestanden
where ingest_tijd > ${sinds}
