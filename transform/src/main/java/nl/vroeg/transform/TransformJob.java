package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Sha256;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg transform}: builds silver and gold from bronze by running the SQL models of {@code sql/staging},
 * {@code sql/silver} and {@code sql/gold} in the order their references give ({@link Models}). Each model is one
 * select. A staging model becomes a view (the completed-file filter and the latest-version rule, applied once);
 * a silver or gold model's result is merged into its table on the model's key (silver current-state tables: only
 * changed identities are written), replaces its table (other silver), or replaces the months of its table that
 * new deliveries touch (gold, Delta replaceWhere); each in one Delta commit: a reader sees the old or the new
 * table, never half of one, and a re-run gives the same tables.
 */
public final class TransformJob {

    /** Parameters a model may use as {@code ${name}}, with their defaults (spec/indicators.md). */
    public static Map<String, String> defaultParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bereik_doel_pct", "40");
        p.put("kleinste_getoonde_telling", "5");
        p.put("kleinste_noemer_voor_percentage", "10");
        return p;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");

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
                || models.stream().anyMatch(m -> !m.layer().equals("staging") && !lake.exists(m.layer(), m.table()));
        if (!rebuildAll && Objects.equals(previous.get().ingestTot(), ingestedUpTo)) {
            progress.accept("Niets nieuws ingelezen sinds de vorige transformatie: silver en gold blijven ongewijzigd");
            runs.record(ingestedUpTo, parameterText, false, List.of(), modelsSha256);
            return;
        }
        models.stream().filter(m -> m.layer().equals("staging")).forEach(this::createView);
        List<Model> tables = models.stream().filter(m -> !m.layer().equals("staging")).toList();
        int built = 0;
        for (Model model : tables.stream().filter(m -> m.layer().equals("silver")).toList()) {
            build(model, null, ++built, tables.size());
        }
        List<LocalDate> months = rebuildAll ? List.of() : monthsToRebuild(previous.get().ingestTot());
        if (!rebuildAll) {
            progress.accept(months.isEmpty() ? "Gold: geen maand geraakt door wat sinds de vorige transformatie is ingelezen"
                    : "Gold: " + months.size() + " maand(en) herbouwen, " + months.get(0) + " t/m " + months.get(months.size() - 1));
        }
        if (rebuildAll || !months.isEmpty()) {
            for (Model model : models.stream().filter(m -> m.layer().equals("gold")).toList()) {
                build(model, rebuildAll ? null : months, ++built, tables.size());
            }
        }
        runs.record(ingestedUpTo, parameterText, rebuildAll, months, modelsSha256);
    }

    /** A fingerprint of the models: other models (a new product version) rebuild every month of gold. */
    private static String sha256(List<Model> models) {
        StringBuilder text = new StringBuilder();
        for (Model model : models) text.append(model.name()).append('\n').append(model.sql()).append('\n');
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A staging model: a view in this session, read by the models after it; nothing is written. */
    private void createView(Model model) {
        if (!spark.catalog().databaseExists("staging")) spark.sql("create schema staging");
        spark.sql("create or replace view " + model.name() + " as " + substitute(model, parameters));
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

    /** The models in build order: each after the models it reads. */
    public static List<Model> models() {
        return Models.load();
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

    private static String resourceText(String path) {
        try (InputStream in = TransformJob.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing model resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
