package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.transform.publish.PublishedTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg transform}: builds silver and gold from bronze by running the SQL models listed in
 * {@code sql/models.txt}, in that order. Each model is one select. Its result is merged into its table on the
 * model's key (silver current-state tables: only changed identities are written), replaces its table (other
 * silver), or replaces the months of its table that new deliveries touch (gold, Delta replaceWhere); each in one
 * Delta commit: a reader sees the old or the new table, never half of one, and a re-run gives the same tables.
 */
public final class TransformJob {

    /** Parameters a model may use as {@code ${name}}, with their defaults (spec/indicators.md). */
    public static Map<String, String> defaultParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bereik_doel_pct", "40");
        p.putAll(new TreeMap<>(SuppressionRules.STANDARD.parameters()));
        return p;
    }

    private static final Pattern REFERENCE = Pattern.compile("\\b(silver|gold)\\.([a-z_]+)\\b");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final Pattern MERGE_KEY = Pattern.compile("(?m)^-- merge on: (.+)$");

    /** A model: the table it builds and its SQL. */
    public record Model(String layer, String table, String sql) {
        String name() {
            return layer + "." + table;
        }

        /**
         * The key of a current-state table (header line {@code -- merge on: a, b}), which is written with MERGE;
         * empty for a table that is replaced whole.
         */
        List<String> mergeKey() {
            Matcher key = MERGE_KEY.matcher(sql);
            return key.find() ? List.of(key.group(1).strip().split("\\s*,\\s*")) : List.of();
        }
    }

    private final SparkSession spark;
    private final Lake lake;
    private final Map<String, String> parameters;
    private final Consumer<String> progress;

    public TransformJob(SparkSession spark, Lake lake, Map<String, String> parameters, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.parameters = parameters;
        this.progress = progress;
    }

    /**
     * Brings silver up to date, and gold for the months that what was ingested since the previous run can change;
     * does nothing when nothing was ingested since.
     */
    public void run() {
        run(false);
    }

    /**
     * @param full rebuild every month of gold (also done when there was no earlier run, when the parameters, the
     *             models or the CBS reference data changed, or when a gold table is missing)
     */
    public void run(boolean full) {
        lake.register(spark);
        TransformRuns runs = new TransformRuns(spark, lake);
        Optional<TransformRuns.Run> previous = runs.latest();
        Instant ingestedUpTo = runs.latestIngest();
        String parameterText = parameters.toString();
        List<Model> models = models();
        String modelsSha256 = sha256(models);
        boolean rebuildAll = full || previous.isEmpty() || previous.get().ingestTot() == null
                || !previous.get().parameters().equals(parameterText)
                || !modelsSha256.equals(previous.get().modellenSha256())
                || runs.referenceDataChangedSince(previous.get().ingestTot())
                || models.stream().anyMatch(m -> !lake.exists(m.layer(), m.table()));
        if (!rebuildAll && Objects.equals(previous.get().ingestTot(), ingestedUpTo)) {
            progress.accept("Niets nieuws ingelezen sinds de vorige transformatie: silver en gold blijven ongewijzigd");
            runs.record(ingestedUpTo, parameterText, false, List.of(), modelsSha256);
            return;
        }
        int built = 0;
        for (Model model : models.stream().filter(m -> !m.layer().equals("gold")).toList()) {
            build(model, null, ++built, models.size());
        }
        List<LocalDate> months = rebuildAll ? List.of() : monthsToRebuild(previous.get().ingestTot());
        if (!rebuildAll) {
            progress.accept(months.isEmpty() ? "Gold: geen maand geraakt door wat sinds de vorige transformatie is ingelezen"
                    : "Gold: " + months.size() + " maand(en) herbouwen, " + months.get(0) + " t/m " + months.get(months.size() - 1));
        }
        if (rebuildAll || !months.isEmpty()) {
            for (Model model : models.stream().filter(m -> m.layer().equals("gold")).toList()) {
                build(model, rebuildAll ? null : months, ++built, models.size());
            }
            progress.accept(PublishedTables.write(spark, lake, rebuildAll ? null : months, parameters));
        }
        runs.record(ingestedUpTo, parameterText, rebuildAll, months, modelsSha256);
    }

    /** A fingerprint of the models: other models (a new product version) rebuild every month of gold. */
    private static String sha256(List<Model> models) {
        StringBuilder text = new StringBuilder();
        for (Model model : models) text.append(model.name()).append('\n').append(model.sql()).append('\n');
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Merges into the model's table (current state per identity), replaces it, or replaces the given months of it. */
    private void build(Model model, List<LocalDate> months, int number, int total) {
        long start = System.nanoTime();
        Dataset<Row> result = spark.sql(substitute(model, parameters));
        String path = lake.location(model.layer(), model.table()).toString();
        if (!model.mergeKey().isEmpty() && lake.exists(model.layer(), model.table())
                && CurrentStateMerge.sameColumns(spark, result, path)) {
            CurrentStateMerge.merge(spark, model.name(), result, path, model.mergeKey());
        } else if (months == null) {
            result.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
        } else {
            String inMonths = "maand in (" + String.join(", ", months.stream().map(m -> "date'" + m + "'").toList()) + ")";
            result.where(inMonths).write().format("delta").mode("overwrite").option("replaceWhere", inMonths).save(path);
        }
        lake.registerTable(spark, model.layer(), model.table(), null);
        progress.accept(String.format("[%d/%d] %s gebouwd (%.1f s)", number, total, model.name(), (System.nanoTime() - start) / 1e9));
    }

    /** The months of gold that what was ingested after {@code since} can change (sql/te_herbouwen_maanden.sql). */
    private List<LocalDate> monthsToRebuild(Instant since) {
        String sql = resourceText("/sql/te_herbouwen_maanden.sql");
        long micros = since.getEpochSecond() * 1_000_000 + since.getNano() / 1_000;
        Map<String, String> p = Map.of("sinds", "timestamp_micros(" + micros + ")");
        return spark.sql(substitute(new Model("gold", "te_herbouwen_maanden", sql), p)).collectAsList().stream()
                .map(r -> r.<LocalDate>getAs("maand")).toList();
    }

    /** The models in build order; a model may only read models listed before it. */
    public static List<Model> models() {
        List<Model> models = new ArrayList<>();
        for (String line : resourceLines("/sql/models.txt")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.strip().split("/");
            Model model = new Model(parts[0], parts[1].replace(".sql", ""), resourceText("/sql/" + line.strip()));
            List<String> built = models.stream().map(Model::name).toList();
            Matcher reference = REFERENCE.matcher(withoutComments(model.sql()));
            while (reference.find()) {
                if (!built.contains(reference.group()) ) {
                    throw new IllegalStateException(model.name() + " reads " + reference.group()
                            + ", which models.txt does not list before it");
                }
            }
            models.add(model);
        }
        return models;
    }

    private static String substitute(Model model, Map<String, String> parameters) {
        Matcher m = PARAMETER.matcher(model.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) throw new IllegalArgumentException(model.name() + " uses unknown parameter " + m.group());
            m.appendReplacement(sql, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sql).toString();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }

    private static List<String> resourceLines(String path) {
        return resourceText(path).lines().toList();
    }

    private static String resourceText(String path) {
        try (InputStream in = TransformJob.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing model resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
