package nl.vroeg.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markdown of a run, from measured runs as the benchmark records them and a folder as the generator writes it. */
class ReportTest {

    @TempDir
    Path input;

    @Test
    void rendersTheTableRatiosAndWhereTheTimeWent() throws Exception {
        Files.writeString(input.resolve("ddas-LEV-2025-01.json"), "{}");
        Files.writeString(input.resolve("ddas-LEV-2025-02.json"), "{}");
        Files.writeString(input.resolve("gemeentebeleid.csv"), "x");
        Files.writeString(input.resolve(Deliveries.GENERATOR_LOG), """
                Geschreven: ddas-LEV-2025-01.json (1 leveringen, 100 vroegsignalen, 80 zaken)
                Geschreven: ddas-LEV-2025-02.json (1 leveringen, 50 vroegsignalen, 70 zaken)
                """);
        Deliveries deliveries = Deliveries.read(input, YearMonth.of(2025, 2));
        assertEquals(List.of(input.resolve("ddas-LEV-2025-01.json"), input.resolve("gemeentebeleid.csv")), deliveries.history());
        assertEquals(180, deliveries.historyRecords());
        assertEquals(120, deliveries.newMonthRecords());

        Map<String, ChildProcess.Run> runs = new LinkedHashMap<>();
        runs.put("b", run(90, List.of("[1/2] silver/signalen gebouwd (12.5 s)", "[2/2] gold/gemeente_maand gebouwd (30.0 s)")));
        runs.put("c", run(20, List.of()));
        runs.put("d", run(60, List.of("Gold: 2 maand(en) herbouwen")));
        runs.put("e", run(30, List.of()));
        runs.put("i", run(95, List.of("[1/1] gold/gemeente_maand gebouwd (3 maanden, 40.0 s)")));
        runs.put("D1", run(9, List.of("query_s=4.00")));
        runs.put("D2", run(10, List.of("query_s=5.00", "signalen=150")));
        Map<String, Stage> stages = new LinkedHashMap<>();
        runs.forEach((key, run) -> stages.put(key, Stage.of("(" + key + ")", run, 180L)));
        stages.put("b", stages.get("b").withRatio(9));
        stages.put("h", Stage.sum("(h)", stages.get("c"), stages.get("d"), stages.get("e")).withRatio(10));
        stages.put("i", stages.get("i").withRatio(10));

        String markdown = new Report(Instant.parse("2026-12-01T05:00:00Z"), "alle", YearMonth.of(2025, 1), YearMonth.of(2025, 2), 15,
                "3g", true, "abc1234", deliveries, null, stages, runs, List.of("D2: 2 of 2 municipality-months equal"), List.of(), null, null)
                .markdown(Path.of("benchmark/target/werk/logs"));

        assertTrue(markdown.startsWith("### 2026-12-01 05:00 UTC · landelijk (alle gemeenten), 2025-01..2025-02, seed 15 · commit abc1234\n"), markdown);
        assertTrue(markdown.contains("Heap: `-Xmx3g` per vroeg process, with the class-data-sharing archive."), markdown);
        assertTrue(markdown.contains("| (b) | 90.0 s | 1.00 GB | 45.0 | 2 | 10.0× | 1.0 → 2.0 | 0 |"), markdown);
        assertTrue(markdown.contains("| (h) | 110.0 s | 1.00 GB | 55.0 |  | 11.0× |  |  |\n| (i) | 95.0 s |"), markdown);
        assertTrue(markdown.contains("(i) 1 models in 40.0 s of 95.0 s wall"), markdown);
        assertTrue(markdown.contains("(b) 2 models in 42.5 s of 90.0 s wall; slowest: gold/gemeente_maand 30.0 s, silver/signalen 12.5 s"), markdown);
        assertTrue(markdown.contains("it said: \"Gold: 2 maand(en) herbouwen\""), markdown);
        assertTrue(markdown.contains("DuckDB's own query time inside its child process (the rest is JVM start and loading DuckDB): D1 4.00 s, D2 5.00 s."), markdown);
        assertTrue(markdown.contains("D2: 2 of 2 municipality-months equal"), markdown);
    }

    private static ChildProcess.Run run(double wall, List<String> lines) {
        List<Double> times = lines.stream().map(l -> 1.0).toList();
        return new ChildProcess.Run(0, wall, 1024 * 1024, wall / 2, 1.0, 2.0, lines, times, Path.of("x.log"));
    }
}
