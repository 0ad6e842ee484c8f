package nl.vroeg.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One benchmark run as a markdown block for docs/BENCHMARKS.md: the heading, the input, the table and notes.
 * {@code incomplete}: why the table is not complete yet (null at the end of a run).
 */
record Report(Instant startedAt, String spec, YearMonth from, YearMonth to, long seed, String xmx, boolean classDataSharing,
              String commit, Deliveries input, Stage generate, Map<String, Stage> stages, Map<String, ChildProcess.Run> runs,
              List<String> agreement, List<String> failures, String note, String incomplete) {

    static final String INTRO = """
            `tools/benchmark` (see the README's "Benchmarks") builds the distribution, generates the deliveries with a
            fixed seed, and runs each stage as a child process of `cli/target/vroeg.jar` as `./vroeg` runs it (its JVM
            flags and a class-data-sharing archive made by `tools/cds-archive`; none with `VROEG_CDS=0`) with `--xmx`
            (default 3g) on a fresh lake: (a) ingest of every month but the last, (b) the first transform, (c) ingest
            of the last month, (d) the incremental transform, (e) that month's reports, (f) a transform with nothing new,
            (g) a cold `vroeg sql`, (h) = (c)+(d)+(e), the monthly production run as three commands, and (i) the same month
            as one `vroeg maand` process on a copy of the lake as (b) left it, both against the goal of 2 minutes.
            The DuckDB baseline (DuckDB JDBC, only in the benchmark module) computes the core of `gold.gemeente_maand`
            per municipality and month from the same DDAS JSON, and from the product's silver read as Parquet; it
            is defined in `benchmark/src/main/resources/duckdb/` (signals, dropped-out signals, cases by cohort month,
            enkelvoudig/meervoudig/opeenvolgend, with a counting attempt, reached, help accepted, median days to the
            first attempt; no provinces, inhabitants, percentages or breakdowns, no validation or pseudonymisation) and
            checked against the product's gold each run. Wall = the child's wall time, JVM and Spark start-up
            included; peak RSS and CPU s = the child's (GNU time, else /proc sampling); rows/s = DDAS signal + case
            records of the stage's input / wall; ratio = wall / the DuckDB baseline's wall on the same input; load =
            the machine's 1-minute load average before and after the stage (2 cores: above 2, others were running,
            and absolute figures are inflated; the ratios measured side by side matter).""";

    private static final Pattern MODEL_TIME = Pattern.compile("\\[(\\d+)/(\\d+)] (\\S+) gebouwd \\((?:\\d+ maand(?:en)?, )?(\\d+(?:[.,]\\d+)?) s\\)");

    /** @param logs where the stages' logs are, as the reader should find them */
    String markdown(Path logs) {
        List<String> out = new ArrayList<>();
        String scale = spec.equalsIgnoreCase("alle") ? "landelijk (alle gemeenten)" : "gemeenten " + spec;
        out.add(String.format(Locale.ROOT, "### %s · %s, %s..%s, seed %d · commit %s",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(startedAt),
                scale, from, to, seed, commit));
        out.add("");
        List<Path> all = Benchmark.concat(input.history(), input.newMonthFiles());
        List<Path> ddas = Deliveries.ddas(all);
        out.add(String.format(Locale.ROOT, "Machine: %d cores, load %.1f at the start. Heap: `-Xmx%s` per vroeg process, %s. "
                        + "Input: %d DDAS files (%.0f MB) and %d other files (%.1f MB): %,d signal and %,d case records "
                        + "(every delivered version); the new month %s: %d files, %,d records.",
                Runtime.getRuntime().availableProcessors(), firstLoad(), xmx,
                classDataSharing ? "with the class-data-sharing archive" : "without class-data sharing (`VROEG_CDS=0`)",
                ddas.size(), Deliveries.megabytes(ddas),
                all.size() - ddas.size(), Deliveries.megabytes(all) - Deliveries.megabytes(ddas), input.signals(), input.cases(),
                to, input.newMonthFiles().size(), input.newMonthRecords()));
        if (note != null && !note.isBlank()) out.add("Note: " + note.strip());
        out.add("");
        out.add(Stage.markdownHeader());
        for (String key : List.of("a", "b", "c", "d", "e", "h", "i", "f", "g", "D1", "D2", "D3")) {
            if (stages.containsKey(key)) out.add(stages.get(key).markdownRow());
        }
        if (generate != null) out.add(generate.markdownRow());
        out.add("");
        notes().forEach(n -> out.add("- " + n));
        out.add("- Logs of each stage: `" + logs + "/` (each line stamped with the seconds since the child's start).");
        return String.join("\n", out) + "\n";
    }

    private double firstLoad() {
        return stages.values().stream().filter(s -> s.loadBefore() != null).map(Stage::loadBefore).findFirst().orElse(LoadAverage.oneMinute());
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (incomplete != null) notes.add("**" + incomplete + "**");
        failures.forEach(f -> notes.add("**Failed**: " + f));
        if (!agreement.isEmpty()) notes.add("Baseline against the product's `gold.gemeente_maand` (municipality rows): " + String.join("; ", agreement) + ".");
        Map<String, String> d2 = runs.containsKey("D2") ? Benchmark.Baseline.values(runs.get("D2")) : Map.of();
        if (runs.containsKey("g") && d2.containsKey("signalen")) {
            String count = runs.get("g").lines().stream().filter(l -> l.strip().matches("\\d+")).reduce((a, b) -> b).orElse("?");
            notes.add("Current signals: `vroeg sql` counts " + count + " in silver.signalen, the DuckDB baseline " + d2.get("signalen") + ".");
        }
        cpu("a", "b", "D1").ifPresent(notes::add);
        List<String> baselineQuery = new ArrayList<>();
        for (String key : List.of("D1", "D2", "D3")) {
            if (!runs.containsKey(key)) continue;
            Map<String, String> values = Benchmark.Baseline.values(runs.get(key));
            if (values.containsKey("query_s")) baselineQuery.add(key + " " + values.get("query_s") + " s");
        }
        if (!baselineQuery.isEmpty()) notes.add("DuckDB's own query time inside its child process (the rest is JVM start and loading DuckDB): "
                + String.join(", ", baselineQuery) + ".");
        List<String> startUp = new ArrayList<>();
        for (String key : List.of("f", "g")) {
            if (runs.containsKey(key) && runs.get(key).firstOutputSeconds() != null) {
                startUp.add(String.format(Locale.ROOT, "(%s) first output after %.1f s of %.1f s", key, runs.get(key).firstOutputSeconds(),
                        runs.get(key).wallSeconds()));
            }
        }
        if (!startUp.isEmpty()) notes.add("Start-up (JVM + Spark session + lake registration): " + String.join(", ", startUp) + ".");
        for (String key : List.of("b", "d", "i", "f")) {
            if (runs.containsKey(key)) modelTimes(key, runs.get(key)).ifPresent(notes::add);
        }
        for (var entry : runs.entrySet()) {
            long errors = entry.getValue().lines().stream().filter(l -> l.contains(" ERROR ") || l.contains("Exception")).count();
            if (errors > 0) notes.add(String.format(Locale.ROOT, "(%s) %d log line(s) with ERROR or an exception (see its log)", entry.getKey(), errors));
        }
        return notes;
    }

    private java.util.Optional<String> cpu(String ingest, String transform, String baseline) {
        if (!stages.containsKey(ingest) || !stages.containsKey(transform) || !stages.containsKey(baseline)) return java.util.Optional.empty();
        double product = stages.get(ingest).cpuSeconds() + stages.get(transform).cpuSeconds();
        double duck = stages.get(baseline).cpuSeconds();
        return java.util.Optional.of(String.format(Locale.ROOT,
                "CPU: (a)+(b) took %.0f CPU s, (b) alone %.0f, DuckDB on the same JSON %.1f CPU s: %.0f× and %.0f×.",
                product, stages.get(transform).cpuSeconds(), duck, product / duck, stages.get(transform).cpuSeconds() / duck));
    }

    /** The transform's per-model timings (its "[n/N] model gebouwd (x s)" lines): the slowest five, and the total. */
    static java.util.Optional<String> modelTimes(String key, ChildProcess.Run run) {
        record ModelTime(String model, double seconds) {
        }
        List<ModelTime> times = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        for (String line : run.lines()) {
            Matcher m = MODEL_TIME.matcher(line);
            if (m.find()) times.add(new ModelTime(m.group(3), Double.parseDouble(m.group(4).replace(',', '.'))));
            else if (line.startsWith("Gold") || line.startsWith("Niets nieuws") || line.contains("herbouwen")) remarks.add(line.strip());
        }
        if (times.isEmpty() && remarks.isEmpty()) return java.util.Optional.empty();
        double total = times.stream().mapToDouble(ModelTime::seconds).sum();
        String slowest = times.stream().sorted(Comparator.comparingDouble(ModelTime::seconds).reversed()).limit(5)
                .map(t -> String.format(Locale.ROOT, "%s %.1f s", t.model(), t.seconds())).collect(Collectors.joining(", "));
        String text = String.format(Locale.ROOT, "(%s) %d models in %.1f s of %.1f s wall", key, times.size(), total, run.wallSeconds());
        if (!slowest.isEmpty()) text += "; slowest: " + slowest;
        if (run.firstOutputSeconds() != null) text += String.format(Locale.ROOT, "; first output after %.1f s", run.firstOutputSeconds());
        if (!remarks.isEmpty()) text += "; it said: \"" + String.join("\" \"", remarks) + "\"";
        return java.util.Optional.of(text);
    }
}
