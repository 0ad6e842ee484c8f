package nl.vroeg.cli;

import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Time travel that means one thing ({@code vroeg sql --as-of}, {@code vroeg extract --as-of}): a moment reads each
 * table at its last version committed on or before it; a version number must exist. Either mistake is a Dutch
 * usage error naming the versions the table has and the moments they span.
 */
final class TableVersions {

    private final SparkSession spark;
    private final Lake lake;

    TableVersions(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** Version number to commit time, per table (its Delta history). */
    TreeMap<Long, Instant> of(String table) {
        TreeMap<Long, Instant> versions = new TreeMap<>();
        for (Row row : DeltaTable.forPath(spark, path(table)).history().select("version", "timestamp").collectAsList()) {
            versions.put(row.getLong(0), row.getAs(1));
        }
        return versions;
    }

    /** The version itself, when the table has it. */
    long existing(String table, long version) {
        TreeMap<Long, Instant> versions = of(table);
        if (!versions.containsKey(version)) {
            throw new Vroeg.UserError("Tabel " + table + " heeft geen versie " + version + "; " + existing(versions) + ".", Vroeg.USAGE_ERROR);
        }
        return version;
    }

    /** The table's last version committed on or before the moment ({@code asOf} as the user wrote it, for the message). */
    long at(String table, Instant moment, String asOf) {
        Row latest = DeltaTable.forPath(spark, path(table)).history(1).select("version", "timestamp").first();
        if (!latest.<Instant>getAs(1).isAfter(moment)) return latest.getLong(0); // the usual case: one commit file read
        TreeMap<Long, Instant> versions = of(table);
        Long version = null;
        for (var v : versions.entrySet()) {
            if (!v.getValue().isAfter(moment)) version = v.getKey();
        }
        if (version == null) {
            throw new Vroeg.UserError("Tabel " + table + " bestond op " + asOf + " nog niet; " + existing(versions) + ".", Vroeg.USAGE_ERROR);
        }
        return version;
    }

    private String path(String table) {
        return lake.location(table).toString();
    }

    /** "er zijn versies 0-4, 7 (van 2025-03-01T10:00:00Z tot 2025-03-02T09:00:00Z, UTC)": what can be read. */
    private static String existing(TreeMap<Long, Instant> versions) {
        if (versions.size() == 1) return "er is alleen versie " + versions.firstKey() + ", van " + versions.firstEntry().getValue() + " (UTC)";
        return "er zijn versies " + ranges(versions.keySet()) + " (van " + versions.firstEntry().getValue() + " tot "
                + versions.lastEntry().getValue() + ", UTC)";
    }

    /** Whether {@code --as-of} names a version number rather than a moment. */
    static boolean isVersion(String asOf) {
        return asOf != null && asOf.strip().matches("\\d+");
    }

    /** A moment in the session's time zone (UTC): 2025-03-01, 2025-03-01 12:00, 2025-03-01 12:00:00 or ISO. */
    static Instant moment(String text) {
        String t = text.strip().replace('T', ' ').replaceFirst("Z$", "");
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (t.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")) t = t + ":00";
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Vroeg.UserError("--as-of '" + text + "' is geen versienummer en geen tijdstip (bijv. 2025-03-01 12:00:00, UTC).", Vroeg.USAGE_ERROR);
        }
    }

    /** 0-4, 7, 9-12 */
    static String ranges(Set<Long> numbers) {
        List<String> parts = new ArrayList<>();
        Long start = null;
        Long previous = null;
        for (long n : new TreeSet<>(numbers)) {
            if (previous != null && n == previous + 1) {
                previous = n;
                continue;
            }
            if (start != null) parts.add(start.equals(previous) ? "" + start : start + "-" + previous);
            start = n;
            previous = n;
        }
        if (start != null) parts.add(start.equals(previous) ? "" + start : start + "-" + previous);
        return String.join(", ", parts);
    }
}
