package nl.vroeg.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times ingest writes ({@code _ingest_tijd}, the ledger's {@code ingest_tijd}): microseconds as Delta keeps them,
 * strictly increasing within a run and after every time already in the ledger, even if the system clock steps
 * back. Files of one batch get distinct, increasing times, so "later delivery wins, then ingest order" still
 * orders them when they share a commit.
 */
final class IngestClock {

    private Instant last;

    /** @param latestInLedger the latest ingest time in the lake's ledger, or null for a new lake */
    IngestClock(Instant latestInLedger) {
        this.last = latestInLedger == null ? Instant.EPOCH : latestInLedger.truncatedTo(ChronoUnit.MICROS);
    }

    Instant next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return last;
    }
}
