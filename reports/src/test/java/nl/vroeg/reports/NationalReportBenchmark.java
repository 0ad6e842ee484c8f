package nl.vroeg.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * {@code -Dvroeg.benchmark=true}; it prints the time and asserts nothing about it.
 */
@ExtendWith(SparkTest.class)
@EnabledIfSystemProperty(named = "vroeg.benchmark", matches = "true")
class NationalReportBenchmark {

    @Test
    void allReportsOfOneNationalMonth(SparkSession spark, @TempDir Path dir) {
        Lake lake = new Lake(dir.resolve("lake"));
        LocalDate month = LocalDate.of(2025, 6, 1);
        NationalPublishedLake.write(spark, lake, month);
        long start = System.nanoTime();
        List<Path> written = new ReportJob(spark, lake, System.out::println).run(dir.resolve("rapporten"), month);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK rapporten: %d bestanden in %.1f s (%d kernen)%n", written.size(), seconds,
                Runtime.getRuntime().availableProcessors());
        assertEquals(2 * (342 + 12 + 1 + 4), written.size());
    }
}
