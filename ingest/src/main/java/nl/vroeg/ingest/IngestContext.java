package nl.vroeg.ingest;

import java.time.Instant;

/** Where the rows of one file come from: every bronze and quarantine row carries it. */
record IngestContext(String bestand, String sha256, String runId, Instant ingestTijd, String keyId) {
}
