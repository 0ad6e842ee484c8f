package nl.vroeg.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;

/**
 * Recognises a full disk in a failure, wherever it surfaced: Spark reports it as a failed task
 * ({@code TASK_WRITE_FAILED}) whose cause chain, or the executor's stack trace quoted in a message, holds the
 * operating system's "No space left on device"; Delta and plain Java writes throw that IOException directly.
 * Every lake write is a Delta commit, so a write that ran out of space left nothing half written.
 */
final class DiskFull {

    private static final String NO_SPACE = "No space left on device";
    /** The table a message's path points into: {@code .../lake/ops/dq_resultaten/part-...}. */
    private static final Pattern TABLE = Pattern.compile("/(" + String.join("|", Lake.LAYERS) + ")/([a-z_][a-z0-9_]*)(?=[/.\\s'\"]|$)");

    private DiskFull() {
    }

    /** The one Dutch line for a full disk, or empty when the failure is something else. */
    static Optional<String> message(Throwable failure) {
        boolean full = false;
        String table = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            full |= text.contains(NO_SPACE);
            Matcher path = TABLE.matcher(text);
            if (table == null && path.find()) table = path.group(1) + "." + path.group(2);
        }
        if (!full) return Optional.empty();
        return Optional.of("schijf vol bij het schrijven van " + (table == null ? "het lake" : table)
                + "; er is niets half geschreven; draai opnieuw na ruimte maken");
    }
}
