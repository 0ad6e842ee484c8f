package nl.vroeg.security;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.cli.Vroeg;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: a child {@code vroeg ingest} writes into a lake on a small tmpfs (mounted in a mount
 * namespace of its own with {@code unshare}, so no root rights and no trace outside the child) that a ballast file
 * has filled up to a few pages. It must fail with one Dutch line and exit 1, without Spark's stack traces; after
 * the ballast is removed the same command completes and the file lands once.
 */
@ExtendWith(SparkTest.class)
class DiskFullTest {

    /** Free space left beside the ballast: a few tmpfs pages, less than one DDAS file's tables and commits. */
    private static final long FREE_BYTES = 32 * 1024;
    private static final String LINE = "vroeg: schijf vol bij het schrijven van ((bronze|quarantaine|ops)\\.[a-z_]+|het lake);"
            + " er is niets half geschreven; draai opnieuw na ruimte maken";

    @TempDir
    Path dir;

    @Test
    void aFullDiskGivesOneDutchLineAndTheRerunAfterMakingRoomCompletes(SparkSession spark) throws Exception {
        assumeTrue(canMountTmpfs(), "unshare/mount of a tmpfs is not allowed here");
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        Pseudonymiser.createKeyFile(keyFile);
        Path file = new SampleDataGenerator(new GeneratorSettings(List.of("GM0589"), YearMonth.of(2025, 1), YearMonth.of(2025, 1), 8L)
                .withOngeldigeGegevens(false)).writeDeliveries(dir.resolve("invoer"), line -> { }).get(0);
        Lake prepared = InitialisedLake.at(spark, dir.resolve("lake")); // tables, CBS

        Path output = dir.resolve("kind.log");
        Path mount = Files.createDirectories(dir.resolve("tmpfs"));
        Path after = dir.resolve("na");
        List<String> javaCommand = ChildVroeg.command(keyFile, output, null, null).command();
        List<String> command = new ArrayList<>(List.of("unshare", "--map-root-user", "--mount", "sh", "-c", """
                set -e
                mount -t tmpfs -o size=32m tmpfs "$MNT"
                cp -a "$LAKE" "$MNT/lake"
                avail=$(df --output=avail -B1 "$MNT" | tail -n 1)
                fallocate -l $((avail - FREE)) "$MNT/ballast"
                set +e
                "$@"
                status=$?
                cp -a "$MNT/lake" "$OUT"
                exit $status""", "sh"));
        command.addAll(javaCommand.subList(0, javaCommand.indexOf(ChildVroeg.class.getName())));
        command.addAll(List.of(Child.class.getName(), mount.resolve("lake").toString(), mount.resolve("ballast").toString(), file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(ChildVroeg.command(keyFile, output, null, null).environment());
        builder.environment().putAll(Map.of("MNT", mount.toString(), "LAKE", prepared.root().toString(),
                "OUT", after.toString(), "FREE", Long.toString(FREE_BYTES)));

        int status = ChildVroeg.waitFor(ChildVroeg.start(builder));
        String log = ChildVroeg.output(output);
        assertEquals(0, status, log);

        String full = between(log, "=== eerste run ===", "=== exit 1 ===");
        List<String> lines = full.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches(LINE)), "no Dutch disk-full line:\n" + full);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception") || l.contains("TASK_WRITE_FAILED")
                || l.contains(" ERROR ")), "a stack trace or Spark's English error on the console:\n" + full);
        assertTrue(log.contains("=== tweede run ===") && log.contains("=== exit 0 ==="), "the re-run did not complete:\n" + log);

        Lake lake = new Lake(after);
        String sha = Sha256.of(file);
        Dataset<Row> ledger = spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString())
                .filter(col("bestand_sha256").equalTo(sha));
        assertEquals(1, ledger.select("run_id").distinct().count(), "one run landed the file");
        long signals = ledger.filter(col("recordsoort").equalTo("signaal")).first().getAs("geaccepteerd");
        Dataset<Row> landed = spark.read().format("delta").load(lake.location(Table.SIGNALEN).toString())
                .filter(col("_bestand_sha256").equalTo(sha));
        assertTrue(signals > 0);
        assertEquals(signals, landed.count(), "every signal landed once");
        assertEquals(signals, landed.select("gemeentecode", "signaal_id").distinct().count(), "no signal twice");
    }

    /**
     * The child: {@code vroeg ingest} on the full disk, then the ballast removed (room made) and the same command
     * again, in one JVM to spare a second Spark start.
     */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            String[] ingest = {"ingest", "--lake", args[0], args[2]};
            System.err.println("=== eerste run ===");
            System.err.println("=== exit " + Vroeg.commandLine().execute(ingest) + " ===");
            Files.delete(Path.of(args[1]));
            System.err.println("=== tweede run ===");
            System.err.println("=== exit " + Vroeg.commandLine().execute(ingest) + " ===");
            System.exit(0);
        }
    }

    private static boolean canMountTmpfs() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "--map-root-user", "--mount", "sh", "-c",
                    "d=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs \"$d\" && umount \"$d\" && rmdir \"$d\"")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (IOException noUnshare) {
            return false;
        }
    }

    private static String between(String log, String from, String to) {
        int start = log.indexOf(from);
        int end = log.indexOf(to, Math.max(start, 0));
        assertTrue(start >= 0 && end > start, "expected '" + to + "' after '" + from + "':\n" + log);
        return log.substring(start + from.length(), end);
    }
}
