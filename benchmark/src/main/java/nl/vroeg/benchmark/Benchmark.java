package nl.vroeg.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark of issue 15 (run it with {@code tools/benchmark}): generates deliveries with a fixed seed, runs
 * each stage of the monthly production run as a child process of the built distribution (cli/target/vroeg.jar,
 * with the launcher's JVM flags), runs the DuckDB baseline on the same input, and writes the table to
 * docs/BENCHMARKS.md under "## Maandelijkse run".
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures vroeg's monthly production run against a DuckDB baseline and records it in docs/BENCHMARKS.md.")
public final class Benchmark implements Callable<Integer> {

    static final String SECTION = "## Maandelijkse run";

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The repository root (with cli/target/vroeg.jar). Default: .")
    Path repo;

    @Option(names = "--schaal", paramLabel = "landelijk|provincie",
            description = "landelijk = --gemeenten alle; provincie = --gemeenten Utrecht (26 municipalities).")
    String schaal;

    @Option(names = "--gemeenten", paramLabel = "SPEC", description = "As vroeg generate --gemeenten (default: alle).")
    String gemeenten;

    @Option(names = "--van", paramLabel = "YYYY-MM", defaultValue = "2025-01", description = "First month (default 2025-01).")
    YearMonth from;

    @Option(names = "--tot", paramLabel = "YYYY-MM", defaultValue = "2025-12",
            description = "Last month, ingested as 'the new month' (default 2025-12).")
    YearMonth to;

    @Option(names = "--seed", defaultValue = "15", description = "The generator's seed (default 15).")
    long seed;

    @Option(names = "--xmx", defaultValue = "3g", description = "-Xmx of every vroeg child process (default 3g: the goal's heap).")
    String xmx;

    @Option(names = "--werkmap", paramLabel = "DIR", description = "Work folder (default benchmark/target/werk): generated input (kept, reused for the same settings), lake, logs.")
    Path work;

    @Option(names = "--document", paramLabel = "FILE", description = "The document to update (default docs/BENCHMARKS.md); --document '' writes none.")
    String document;

    @Option(names = "--opmerking", paramLabel = "TEXT", description = "A note printed with the run (e.g. what else ran on the machine).")
    String note;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        repo = repo.toAbsolutePath().normalize();
        Path jar = repo.resolve("cli/target/vroeg.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " is missing: build it first (tools/benchmark does)");
        if (!to.isAfter(from)) throw new CommandLine.ParameterException(new CommandLine(this), "--tot must be after --van (one month is the new one)");
        if (schaal != null && !List.of("landelijk", "provincie").contains(schaal)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--schaal is landelijk or provincie, not " + schaal);
        }
        String spec = gemeenten != null ? gemeenten : "provincie".equals(schaal) ? "Utrecht" : "alle";
        if (work == null) work = repo.resolve("benchmark/target/werk");
        Instant startedAt = Instant.now();
        // the product measured: the commit at the start (the distribution is copied from it below)
        String commit = git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--untracked-files=no").isBlank() ? "" : " (with uncommitted changes)");

        // a copy of the distribution: one build measured throughout, whatever is rebuilt while the run goes on
        Path dist = work.resolve("dist");
        deleteTree(dist);
        Files.createDirectories(dist);
        copyTree(jar.getParent().resolve("lib"), dist.resolve("lib"));
        Files.copy(jar, dist.resolve("vroeg.jar"));
        Path logs = work.resolve("logs");
        deleteTree(logs);
        Files.createDirectories(logs);
        Path archive = classDataSharing(dist.resolve("vroeg.jar"), logs);
        Product product = new Product(dist.resolve("vroeg.jar"), xmx, sparkFlags(repo.resolve("pom.xml")), archive, work, logs);
        deleteTree(product.lake());
        Path monthLake = work.resolve("lake-maand"); // (i) runs on a copy of the lake as (b) left it
        Path monthReports = work.resolve("rapporten-maand");
        deleteTree(monthLake);
        deleteTree(monthReports);
        product.createKeyFile();

        // 1. the input, generated once per setting
        Path inputDir = work.resolve("invoer-" + spec.replaceAll("[^A-Za-z0-9]+", "_") + "-" + from + "-" + to + "-seed" + seed);
        Stage generate = null;
        if (!Files.isRegularFile(inputDir.resolve(Deliveries.GENERATOR_LOG))) {
            deleteTree(inputDir);
            Files.createDirectories(inputDir);
            ChildProcess.Run run = product.run("generate", List.of("generate", "--uit", inputDir.toString(), "--gemeenten", spec,
                    "--van", from.toString(), "--tot", to.toString(), "--seed", Long.toString(seed)));
            require(run, "generate");
            Files.write(inputDir.resolve(Deliveries.GENERATOR_LOG), run.lines(), StandardCharsets.UTF_8);
            generate = Stage.of("generate the input (not part of the run)", run, null);
        }
        Deliveries input = Deliveries.read(inputDir, to);
        String lastMonth = to.toString();
        progress("input: %d history files, %d files of %s, %d signal and %d case records", input.history().size(),
                input.newMonthFiles().size(), lastMonth, input.signals(), input.cases());

        // 2. the product's stages, and 3. the baseline on the same input
        Map<String, Stage> stages = new LinkedHashMap<>();
        Map<String, ChildProcess.Run> runs = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Path baselineOut = work.resolve("baseline");
        deleteTree(baselineOut);
        Files.createDirectories(baselineOut);
        Baseline baseline = new Baseline(work, logs);

        record Step(String key, String label, Supplier<ChildProcess.Run> run, Long rows) {
        }
        String historyMonths = from + ".." + to.minusMonths(1);
        List<Path> allFiles = concat(input.history(), input.newMonthFiles());
        List<Step> steps = List.of(
                new Step("a", "(a) ingest of " + historyMonths,
                        () -> product.run("a-ingest", concat(List.of("ingest"), strings(input.history()))), input.historyRecords()),
                new Step("b", "(b) transform, first run (" + historyMonths + ")",
                        () -> product.run("b-transform", List.of("transform")), input.historyRecords()),
                new Step("D1", "DuckDB: JSON of " + historyMonths + " → core of gold.gemeente_maand (compare with b)",
                        () -> baseline.json("D1-duckdb-json-history", baselineOut.resolve("kern-history.parquet"), Deliveries.ddas(input.history())),
                        input.historyRecords()),
                new Step("c", "(c) one new month (" + lastMonth + "): ingest",
                        () -> product.run("c-ingest", concat(List.of("ingest"), strings(input.newMonthFiles()))), input.newMonthRecords()),
                new Step("d", "(d) one new month: transform (incremental)",
                        () -> product.run("d-transform", List.of("transform")), input.newMonthRecords()),
                new Step("e", "(e) one new month: reports of " + lastMonth,
                        () -> product.run("e-report", List.of("report", "--uit", work.resolve("rapporten").toString(), "--maand", lastMonth)), null),
                new Step("f", "(f) transform with nothing new",
                        () -> product.run("f-transform", List.of("transform")), null),
                new Step("g", "(g) `vroeg sql \"select count(*) from silver.signalen\"`, cold",
                        () -> product.run("g-sql", List.of("sql", "--format", "csv", "select count(*) from silver.signalen")), null),
                new Step("i", "(i) one new month in one process: `vroeg maand` (ingest, transform, reports) on a copy of the lake after (b)",
                        () -> product.run("i-maand", concat(List.of("maand", "--lake", monthLake.toString(), "--uit",
                                monthReports.toString(), "--maand", lastMonth), strings(input.newMonthFiles()))),
                        input.newMonthRecords()),
                new Step("D2", "DuckDB: JSON of " + from + ".." + to + " → core of gold.gemeente_maand (compare with d, h)",
                        () -> baseline.json("D2-duckdb-json-all", baselineOut.resolve("kern-all.parquet"), Deliveries.ddas(allFiles)),
                        input.allRecords()),
                new Step("D3", "DuckDB: silver.signalen + silver.zaken read as Parquet → the same core",
                        () -> baseline.silver("D3-duckdb-silver", product.lake(), baselineOut.resolve("kern-silver.parquet")), input.allRecords()));
        for (Step step : steps) {
            boolean productStage = !step.key().startsWith("D");
            if (!failures.isEmpty() && (productStage || step.key().equals("D3"))) continue; // the product stops at its first failure
            progress("%s ...", step.label());
            ChildProcess.Run run = step.run().get();
            runs.put(step.key(), run);
            stages.put(step.key(), Stage.of(step.label(), run, step.rows()));
            progress("  %s: %.1f s, exit %d", step.key(), run.wallSeconds(), run.exitCode());
            if (!succeeded(step.key(), run.exitCode())) {
                failures.add(step.label() + ": exit " + run.exitCode() + " (log: " + work.relativize(run.log()) + ")");
            } else if (step.key().equals("b")) {
                copyTree(product.lake(), monthLake);
            }
            // the figures so far, so that a run stopped half-way still leaves them
            write(new Report(startedAt, spec, from, to, seed, xmx, archive != null, commit, input, generate, stages, runs, List.of(), failures, note,
                    "incomplete: the run was stopped (or is still running) after " + step.label()));
        }

        // ratios: the product's transform against DuckDB on the same input
        ratio(stages, "b", "D1");
        ratio(stages, "d", "D2");
        ratio(stages, "i", "D2");
        if (stages.containsKey("c") && stages.containsKey("d") && stages.containsKey("e")) {
            Stage h = Stage.sum("**(h) the monthly production run = (c)+(d)+(e)** (goal: < 120 s, heap ≤ 3 GB)",
                    stages.get("c"), stages.get("d"), stages.get("e"));
            stages.put("h", stages.containsKey("D2") ? h.withRatio(stages.get("D2").wallSeconds()) : h);
        }

        // do the baselines compute what the product computes? (municipality rows of gold.gemeente_maand)
        List<String> agreement = new ArrayList<>();
        if (runs.containsKey("d") && runs.get("d").exitCode() == 0) {
            for (String key : List.of("D2", "D3")) {
                if (!runs.containsKey(key) || runs.get(key).exitCode() != 0) continue;
                String kern = key.equals("D2") ? "kern-all.parquet" : "kern-silver.parquet";
                ChildProcess.Run compare = baseline.compare("compare-" + key, product.lake(), baselineOut.resolve(kern));
                agreement.add(key + ": " + describeAgreement(Baseline.values(compare)));
            }
        }

        String text = write(new Report(startedAt, spec, from, to, seed, xmx, archive != null, commit, input, generate, stages, runs, agreement, failures, note, null));
        System.out.println();
        System.out.println(text);
        return failures.isEmpty() ? 0 : 1;
    }

    /** Writes the run into the document (unless --document ''); returns its markdown. */
    private String write(Report report) throws IOException {
        String text = report.markdown(work.startsWith(repo) ? repo.relativize(work.resolve("logs")) : work.resolve("logs"));
        if (document == null || !document.isEmpty()) {
            Path doc = document == null ? repo.resolve("docs/BENCHMARKS.md") : Path.of(document).toAbsolutePath();
            String current = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, BenchmarksDocument.update(current, SECTION, Report.INTRO, text), StandardCharsets.UTF_8);
            if (report.incomplete() == null) progress("written: %s", doc);
        }
        return text;
    }

    /** Ingest (alone or in maand) may end in 3 (a file rejected) or 4 (data-quality errors) on generated data with deliberate errors. */
    private static boolean succeeded(String key, int exit) {
        return exit == 0 || (List.of("a", "c", "i").contains(key) && (exit == 3 || exit == 4));
    }

    private static void ratio(Map<String, Stage> stages, String product, String baseline) {
        if (stages.containsKey(product) && stages.containsKey(baseline) && stages.get(baseline).exitCode() == 0) {
            stages.put(product, stages.get(product).withRatio(stages.get(baseline).wallSeconds()));
        }
    }

    private static String describeAgreement(Map<String, String> result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of %s municipality-months equal on every column",
                result.get("equal"), result.get("rows")));
        if (!"0".equals(result.get("only_in_baseline"))) text.append(", ").append(result.get("only_in_baseline")).append(" only in the baseline");
        if (!"0".equals(result.get("only_in_gold"))) text.append(", ").append(result.get("only_in_gold")).append(" only in gold");
        result.forEach((k, v) -> {
            if (k.startsWith("differs_")) text.append(", ").append(k.substring("differs_".length())).append(" differs in ").append(v);
        });
        return text.toString();
    }

    private static void require(ChildProcess.Run run, String what) {
        if (run.exitCode() != 0) throw new IllegalStateException(what + " failed (exit " + run.exitCode() + "), see " + run.log());
    }

    /**
     * The class-data-sharing archive of the copied distribution, made by tools/cds-archive as ./vroeg makes its own, so
     * that the stages start as the launcher's commands do; null with VROEG_CDS=0 (as ./vroeg then runs: without).
     */
    private Path classDataSharing(Path jar, Path logs) {
        if ("0".equals(System.getenv("VROEG_CDS"))) return null;
        Path archive = jar.resolveSibling("vroeg.jsa");
        progress("class-data-sharing archive (tools/cds-archive, not part of the run) ...");
        ChildProcess.Run training = ChildProcess.run(List.of(repo.resolve("tools/cds-archive").toString(), jar.toString(), archive.toString()),
                Map.of(), logs.resolve("cds-archive.log"));
        require(training, "tools/cds-archive");
        progress("  %.1f s", training.wallSeconds());
        return archive;
    }

    /** The launcher's JVM flags for Spark: the parent pom's spark.jvm.flags, as ./vroeg reads them. */
    static List<String> sparkFlags(Path pom) throws IOException {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        int start = text.indexOf("<spark.jvm.flags>");
        int end = text.indexOf("</spark.jvm.flags>");
        if (start < 0 || end < 0) throw new IllegalStateException(pom + " has no <spark.jvm.flags>");
        return List.of(text.substring(start + "<spark.jvm.flags>".length(), end).strip().split("\\s+"));
    }

    private String git(String... args) {
        try {
            Process p = new ProcessBuilder(concat(List.of("git", "-C", repo.toString()), List.of(args))).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[benchmark %s] %s%n",
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now()), String.format(Locale.ROOT, format, args));
    }

    static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) Files.copy(p, to.resolve(from.relativize(p).toString()));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /**
     * The built distribution, run as ./vroeg runs it: `java -Xmx.. <spark.jvm.flags> [-XX:SharedArchiveFile=..] -jar
     * cli/target/vroeg.jar ...` on the benchmark's lake; {@code archive} null: without class-data sharing; each run's
     * output into {@code logs}.
     */
    record Product(Path jar, String xmx, List<String> flags, Path archive, Path work, Path logs) {

        Path lake() {
            return work.resolve("lake");
        }

        Path keyFile() {
            return work.resolve("sleutel/benchmark.sleutel");
        }

        /** A fresh random key per run (the data is fictitious; the key only has to exist and stay out of the lake). */
        void createKeyFile() throws IOException {
            Files.createDirectories(keyFile().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.writeString(keyFile(), Base64.getEncoder().encodeToString(random), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-------"));
        }

        ChildProcess.Run run(String name, List<String> arguments) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + xmx);
            command.addAll(flags);
            if (archive != null) command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(arguments);
            Map<String, String> environment = Map.of("VROEG_LAKE", lake().toString(),
                    "VROEG_SLEUTEL_BESTAND", keyFile().toString(),
                    "SPARK_LOCAL_IP", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"));
            return ChildProcess.run(command, environment, logs().resolve(name + ".log"));
        }
    }

    /** The DuckDB baseline ({@link DuckDbBaseline}) in a child JVM of its own, measured like the product. */
    record Baseline(Path work, Path logs) {

        ChildProcess.Run json(String name, Path out, List<Path> files) {
            return run(name, concat(List.of("json", out.toString()), files.stream().map(Path::toString).toList()));
        }

        ChildProcess.Run silver(String name, Path lake, Path out) {
            return run(name, List.of("silver", lake.toString(), out.toString()));
        }

        ChildProcess.Run compare(String name, Path lake, Path kern) {
            return run(name, List.of("compare", lake.toString(), kern.toString()));
        }

        private ChildProcess.Run run(String name, List<String> arguments) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Djava.io.tmpdir=" + work.resolve("tmp"), "-cp", System.getProperty("java.class.path"),
                    DuckDbBaseline.class.getName()));
            command.addAll(arguments);
            try {
                Files.createDirectories(work.resolve("tmp"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ChildProcess.run(command, Map.of(), logs.resolve(name + ".log"));
        }

        /** The {@code key=value} lines the baseline printed. */
        static Map<String, String> values(ChildProcess.Run run) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : run.lines()) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) values.put(line.substring(0, eq), line.substring(eq + 1));
            }
            return values;
        }
    }
}
