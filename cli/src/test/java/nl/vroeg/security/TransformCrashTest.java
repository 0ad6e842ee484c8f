package nl.vroeg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.vroeg.cli.Vroeg;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.transform.TransformJob;
import nl.vroeg.transform.TransformedLake;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Crash safety of a first build (issue #9: a kill during the first transform left {@code silver/zaken} without a
 * commit, and every later transform and {@code vroeg sql} failed). A child {@code vroeg ingest ... + transform}
 * is killed with SIGKILL at a moment seen from outside, on disk: while its ingest creates the tables of a new lake;
 * then, after the ingest was completed here, a child {@code vroeg transform} while it creates {@code silver.zaken},
 * and another while it creates a gold table. After each kill the lake stays readable; each next writer cleans what
 * the kill left; the last re-run's gold equals, row by row, gold built cleanly from the same files (the generated
 * data set of the transform tests, {@link TransformedLake}: gold depends on the files only, not on the key).
 */
@ExtendWith(SparkTest.class)
class TransformCrashTest {

    private static final long KILL_TIMEOUT_SECONDS = 600;

    @TempDir
    Path dir;

    @Test
    void killedWhileCreatingTablesInEveryLayerTheLakeStaysUsableAndTheRerunBuildsTheSameGold(SparkSession spark) {
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        Pseudonymiser.createKeyFile(keyFile);
        TransformedLake clean = TransformedLake.get(spark);
        Path input = clean.input();
        Lake lake = new Lake(dir.resolve("lake"));
        Pseudonymiser key = Pseudonymiser.fromKeyFile(keyFile);
        String[] transform = {"transform", "--lake", lake.root().toString()};

        List<Path> bronze = killWhen(lake, keyFile, "a bronze, quarantaine or ops table without a commit",
                folder -> !folder.getParent().getFileName().toString().matches("silver|gold"),
                "ingest", "--lake", lake.root().toString(), input.toString(), "+", "transform", "--lake", lake.root().toString());
        assertUsable(spark, lake, bronze, null);
        new IngestJob(spark, lake, key, line -> { }).ingest(List.of(input)); // here: the warm JVM is faster
        assertRecreated(bronze);

        List<Path> zaken = killWhen(lake, keyFile, "silver.zaken without a commit",
                folder -> folder.equals(lake.location("silver", "zaken")), transform);
        assertUsable(spark, lake, zaken, "select count(*) from silver.signalen");

        List<Path> gold = killWhen(lake, keyFile, "a gold table without a commit",
                folder -> folder.getParent().getFileName().toString().equals("gold"), transform);
        assertRecreated(zaken);
        assertUsable(spark, lake, gold, "select count(*) from silver.zaken");

        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
        assertRecreated(gold);
        assertEquals(List.of(), uncommittedFolders(lake), "every table folder holds a commit");

        clean.assertSameGold(spark, lake);
    }

    /**
     * Runs a child {@code vroeg} and kills it (SIGKILL) as soon as a table folder matching {@code killPoint} exists
     * without a commit; returns the folders without a commit the kill left. Fails when the child ends first: a
     * crash test that never crashed proves nothing.
     */
    private List<Path> killWhen(Lake lake, Path keyFile, String what, Predicate<Path> killPoint, String... commands) {
        Path output = dir.resolve("kind-" + System.nanoTime() + ".log");
        Process child = ChildVroeg.start(ChildVroeg.command(keyFile, output, null, null, commands));
        long start = System.nanoTime();
        try {
            while (uncommittedFolders(lake).stream().noneMatch(killPoint)) {
                if (!child.isAlive()) {
                    fail("The child ended (exit " + child.exitValue() + ") before " + what + "; output:\n" + ChildVroeg.tail(output));
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(KILL_TIMEOUT_SECONDS)) {
                    fail("No " + what + " after " + KILL_TIMEOUT_SECONDS + " s; output:\n" + ChildVroeg.tail(output));
                }
                Thread.sleep(2);
            }
            child.destroyForcibly();
            child.waitFor();
            System.out.printf("TransformCrashTest: killed at %s, %d ms after the child's start%n", what,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            child.destroyForcibly();
        }
        List<Path> left = uncommittedFolders(lake);
        assertTrue(left.stream().anyMatch(killPoint), "killed too late: " + what + " was committed; left: " + left);
        return left;
    }

    /** What the kill left is no table: the others register, and {@code vroeg sql} answers (issue #9: it failed). */
    private static void assertUsable(SparkSession spark, Lake lake, List<Path> uncommitted, String query) {
        for (Path folder : uncommitted) {
            String name = folder.getParent().getFileName() + "." + folder.getFileName();
            assertFalse(lake.tableNames().contains(name), name + " counts as a table");
        }
        lake.register(spark); // threw "Cannot register silver.zaken"
        if (query == null) return;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Vroeg.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("sql", "--lake", lake.root().toString(), query), err.toString());
    }

    /** The next writer removed the folders without a commit and created the tables anew. */
    private static void assertRecreated(List<Path> folders) {
        for (Path folder : folders) assertTrue(isCommitted(folder), folder + " still has no commit");
    }

    /** Folders in the layer folders whose {@code _delta_log} holds no commit file: cheap enough to poll. */
    private static List<Path> uncommittedFolders(Lake lake) {
        List<Path> folders = new ArrayList<>();
        for (String layer : Lake.LAYERS) {
            Path layerDir = lake.root().resolve(layer);
            if (!Files.isDirectory(layerDir)) continue;
            try (Stream<Path> tables = Files.list(layerDir)) {
                tables.filter(Files::isDirectory).filter(t -> !isCommitted(t)).forEach(folders::add);
            } catch (IOException | UncheckedIOException vanishedWhileListed) {
                // a writer is creating or removing it right now: the next poll sees it
            }
        }
        return folders;
    }

    private static boolean isCommitted(Path table) {
        try (Stream<Path> log = Files.list(table.resolve("_delta_log"))) {
            return log.anyMatch(f -> f.getFileName().toString().matches("\\d{20}\\.json"));
        } catch (IOException | UncheckedIOException noLogYet) {
            return false;
        }
    }
}
