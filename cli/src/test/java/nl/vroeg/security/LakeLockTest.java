package nl.vroeg.security;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.transform.TransformJob;
import nl.vroeg.transform.TransformedLake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer at a time, across processes (OS file locks are per process, so two child JVMs): writers started at
 * the same moment on a new lake, two of them with the same file (issue #9: a raw ProtocolChangedException and a
 * misleading message), then, in the same two processes, an ingest and a transform at the same moment (issue #9:
 * the transform could skip a file). One runs, the other is refused with a Dutch line naming the first; after
 * re-running what was refused, nothing is lost and nothing is there twice: gold equals a clean build of the same
 * files ({@link TransformedLake}).
 */
@ExtendWith(SparkTest.class)
class LakeLockTest {

    private static final long READY_TIMEOUT_SECONDS = 600;
    private static final Pattern EXIT = Pattern.compile("(?m)^exit (\\d+)$");

    @TempDir
    Path dir;

    /** A child {@code vroeg} and its command per phase. */
    record Child(Process process, Path output, List<List<String>> phases) {

        /** What the child printed in a phase (1, 2): its lines after the previous phase's {@code exit N}, up to its own. */
        String output(int phase) {
            String all = ChildVroeg.output(output);
            Matcher exit = EXIT.matcher(all);
            int start = 0;
            for (int i = 1; i <= phase; i++) {
                if (!exit.find()) return all.substring(start);
                if (i < phase) start = exit.end();
            }
            return all.substring(start, exit.end());
        }

        int exit(int phase) {
            Matcher exit = EXIT.matcher(output(phase));
            return exit.find() ? Integer.parseInt(exit.group(1)) : -1;
        }
    }

    @Test
    void writersAtTheSameMomentOneRunsTheOtherIsRefusedAndNothingIsLostOrDoubled(SparkSession spark) {
        TransformedLake clean = TransformedLake.get(spark);
        List<Path> files = files(clean.input());
        List<Path> deliveries = files.stream().filter(f -> f.toString().endsWith(".json")).toList();
        List<Path> rest = files.stream().filter(f -> !f.equals(deliveries.get(0)) && !f.equals(deliveries.get(1))).toList();
        Path keyFile = dir.resolve("sleutel").resolve("vroeg.sleutel");
        Pseudonymiser.createKeyFile(keyFile);
        Pseudonymiser key = Pseudonymiser.fromKeyFile(keyFile);
        Lake lake = new Lake(dir.resolve("lake"));
        String root = lake.root().toString();

        // phase 1: two ingests on a new lake, both with the first delivery; phase 2, in the same processes: an ingest
        // of the other files and a transform
        List<Child> children = start(keyFile,
                List.of(command("ingest", root, deliveries.get(0)), command("ingest", root, rest.toArray(Path[]::new))),
                List.of(command("ingest", root, deliveries.get(0), deliveries.get(1)), List.of("transform", "--lake", root)));
        try {
            awaitReady(children, 2);
            Child refused = oneRanTheOtherWasRefused(children, 1, "ingest");
            new IngestJob(spark, lake, key, line -> { }).ingest(paths(refused.phases().get(0)));
            assertEachFileOnce(spark, lake, deliveries.subList(0, 2));
            go(2);
            children.forEach(c -> ChildVroeg.waitFor(c.process()));
        } finally {
            children.forEach(c -> c.process().destroyForcibly()); // a failure above leaves none waiting
        }
        Child ingest = children.get(0);
        Child refused = oneRanTheOtherWasRefused(children, 2, ingest.exit(2) == 0 ? "ingest" : "transform");
        if (refused == ingest) new IngestJob(spark, lake, key, line -> { }).ingest(rest);
        new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run();
        assertEachFileOnce(spark, lake, files);

        clean.assertSameGold(spark, lake);
    }

    private static List<String> command(String name, String root, Path... files) {
        List<String> command = new ArrayList<>(List.of(name, "--lake", root));
        for (Path file : files) command.add(file.toString());
        return command;
    }

    /**
     * Starts a child {@code vroeg} per list of phases (a command per phase); each starts Spark and then waits for
     * the start signal of each phase, which they get together, so that their commands begin within milliseconds of
     * each other. Returns them running their first phase.
     */
    @SafeVarargs
    private List<Child> start(Path keyFile, List<List<String>>... phases) {
        List<Child> children = new ArrayList<>();
        for (List<List<String>> child : phases) {
            Path output = dir.resolve("kind-" + children.size() + ".log");
            List<String> arguments = new ArrayList<>();
            for (List<String> phase : child) {
                if (!arguments.isEmpty()) arguments.add("++");
                arguments.addAll(phase);
            }
            children.add(new Child(ChildVroeg.start(ChildVroeg.command(keyFile, output, ready(children.size()), dir.resolve("start"),
                    arguments.toArray(String[]::new))), output, child));
        }
        awaitReady(children, 1);
        go(1);
        return children;
    }

    private Path ready(int child) {
        return dir.resolve("klaar-" + child);
    }

    /** Waits until every child is ready for the phase (Spark started, or its previous phase done). */
    private void awaitReady(List<Child> children, int phase) {
        long start = System.nanoTime();
        boolean ready = false;
        try {
            for (int i = 0; i < children.size(); i++) {
                Path signal = Path.of(ChildVroeg.signal(ready(i).toString(), phase));
                while (!Files.exists(signal)) {
                    Child child = children.get(i);
                    if (!child.process().isAlive()) fail("a child ended before phase " + phase + ":\n" + ChildVroeg.tail(child.output()));
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS)) fail("children not ready for phase " + phase);
                    Thread.sleep(10);
                }
            }
            ready = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (!ready) children.forEach(c -> c.process().destroyForcibly());
        }
    }

    /** The start signal of the phase for every child. */
    private void go(int phase) {
        try {
            Files.createFile(Path.of(ChildVroeg.signal(dir.resolve("start").toString(), phase)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In the phase, exactly one child ran (exit 0); the other exited 1 with one Dutch line naming the first.
     * Returns the refused.
     */
    private static Child oneRanTheOtherWasRefused(List<Child> children, int phase, String winningCommand) {
        List<Child> ran = children.stream().filter(c -> c.exit(phase) == 0).toList();
        List<Child> refused = children.stream().filter(c -> c.exit(phase) == 1).toList();
        String outputs = children.stream().map(c -> c.phases().get(phase - 1) + " exit " + c.exit(phase) + ":\n"
                + ChildVroeg.tail(c.output())).reduce("", (a, b) -> a + "\n" + b);
        assertEquals(1, ran.size(), outputs);
        assertEquals(1, refused.size(), outputs);
        String output = refused.get(0).output(phase);
        Pattern line = Pattern.compile("(?m)^vroeg: het lake is in gebruik door proces " + ran.get(0).process().pid()
                + " \\(vroeg " + winningCommand + "\\) sinds \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; probeer het later opnieuw$");
        assertTrue(line.matcher(output).find(), outputs);
        assertFalse(output.contains("Exception"), output);
        return refused.get(0);
    }

    /** The ledger records each file by one run, and the signals of a DDAS file are in bronze once. */
    private static void assertEachFileOnce(SparkSession spark, Lake lake, List<Path> files) {
        Dataset<Row> ledger = spark.read().format("delta").load(lake.location(Table.LEVERINGEN).toString());
        Dataset<Row> signals = spark.read().format("delta").load(lake.location(Table.SIGNALEN).toString());
        for (Path file : files) {
            String sha = Sha256.of(file);
            Dataset<Row> recorded = ledger.filter(col("bestand_sha256").equalTo(sha));
            assertEquals(1, recorded.select("run_id").distinct().count(), file + ": one run recorded it");
            if (!file.toString().endsWith(".json")) continue;
            long accepted = recorded.filter(col("recordsoort").equalTo("signaal")).first().getAs("geaccepteerd");
            Dataset<Row> landed = signals.filter(col("_bestand_sha256").equalTo(sha));
            assertEquals(accepted, landed.count(), file + ": every signal landed");
            assertEquals(accepted, landed.select("gemeentecode", "signaal_id").distinct().count(), file + ": no signal twice");
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> paths(List<String> ingestCommand) {
        return ingestCommand.subList(3, ingestCommand.size()).stream().map(Path::of).toList();
    }
}
