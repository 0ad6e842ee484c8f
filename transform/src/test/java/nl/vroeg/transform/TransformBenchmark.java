package nl.vroeg.transform;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SharedTestFolder;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test (Surefire runs *Test classes only): what one transform of a small lake costs, the fixed cost every
 * test transform and the demo pay (docs/BENCHMARKS.md, "Small tables in memory during a run"). Generates one month
 * of one municipality (Amersfoort, January 2025, seed 15), ingests it, then runs N full transforms in the same JVM,
 * printing the wall and process CPU of each (the first pays the JIT's warm-up). Run as {@link
 * nl.vroeg.ingest.IngestBenchmark} is, with {@code -Dvroeg.spark.tinyData=true} for the tests' settings:
 * {@code java ... nl.vroeg.transform.TransformBenchmark 5}.
 */
public final class TransformBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("vroeg-transform-benchmark");
        try {
            Path invoer = dir.resolve("invoer");
            new SampleDataGenerator(new GeneratorSettings(List.of("GM0307"), YearMonth.of(2025, 1), YearMonth.of(2025, 1), 15L))
                    .generate(invoer, line -> { });
            SparkSession spark = VroegSpark.session();
            Lake lake = new Lake(dir.resolve("lake"));
            new IngestJob(spark, lake, SparkTest.testKey(dir), line -> { }).ingest(List.of(invoer));
            for (int i = 1; i <= runs; i++) {
                long start = System.nanoTime();
                long cpu = processCpuNanos();
                new TransformJob(spark, lake, TransformJob.defaultParameters(), line -> { }).run(true);
                System.out.printf("RESULTAAT transform %d: wall %.1f s, CPU %.1f s%n", i, (System.nanoTime() - start) / 1e9,
                        (processCpuNanos() - cpu) / 1e9);
            }
        } finally {
            SharedTestFolder.deleteRecursively(dir);
        }
        System.exit(0); // Spark's threads
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
