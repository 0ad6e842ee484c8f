package nl.vroeg.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.NationalPublishedLake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (docs/BENCHMARKS.md, "Rapporten"): every report of one national month — 342 municipalities,
 * 12 provinces, NL and the partner feedback — from a published lake shaped like a national one (13 months of
 * figures for every current municipality, the partner-type and status breakdowns of the month). Run with
 * {@code -Dvroeg.benchmark=true}; it prints the time and asserts nothing about it. The wall time on a shared machine
 * grows with the other load, so it prints the CPU time of the test JVM over the same span beside it (a figure that
 * load hardly moves). {@code -Dvroeg.benchmark.uit=DIR} keeps the reports in DIR, to compare two versions' output.
 */
@ExtendWith(SparkTest.class)
@EnabledIfSystemProperty(named = "vroeg.benchmark", matches = "true")
class NationalReportBenchmark {

    @Test
    void allReportsOfOneNationalMonth(SparkSession spark, @TempDir Path dir) {
        Lake lake = new Lake(dir.resolve("lake"));
        LocalDate month = LocalDate.of(2025, 6, 1);
        NationalPublishedLake.write(spark, lake, month);
        String keep = System.getProperty("vroeg.benchmark.uit", "");
        Path out = keep.isBlank() ? dir.resolve("rapporten") : Path.of(keep);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        List<Path> written = new ReportJob(spark, lake, System.out::println).run(out, month);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        System.out.printf("BENCHMARK rapporten: %d bestanden in %.1f s, %.1f s CPU (%d kernen)%n", written.size(), seconds,
                cpuSeconds, Runtime.getRuntime().availableProcessors());
        assertEquals(2 * (342 + 12 + 1 + 4), written.size());
    }

    /** CPU time of every thread of this JVM (the report workers, Spark's idle threads, the JIT and GC). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
