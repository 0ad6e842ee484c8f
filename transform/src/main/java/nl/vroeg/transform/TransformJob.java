package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeLock;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.Table;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.transform.publish.PublishedTables;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code vroeg transform}: builds silver and gold from bronze by running the SQL models of {@code sql/staging},
 * {@code sql/silver} and {@code sql/gold} in the order their references give ({@link Models}). Each model is one
 * select. A staging model becomes a view (the completed-file filter and the latest-version rule, applied once), as
 * does a silver model that says {@code -- materialized: view}; a silver or gold model's result is merged into its
 * table on the model's key (current-state tables: only changed identities are written), replaces its table, or
 * replaces the months of its table that new data can change (Delta replaceWhere); each in one Delta commit: a
 * reader sees the old or the new table, never half of one, and a re-run gives the same tables.
 *
 * <p>Incremental (dbt's incremental models): a run after an earlier one processes only the files ingested since
 * ({@code staging.nieuwe_bestanden}): the current-state tables merge the new rows only, {@code zaak_kenmerken} and
 * gold are recomputed only for the months that the new data can change ({@code sql/te_herbouwen_maanden.sql}),
 * and a table whose bronze inputs got nothing new is left alone. A full run ({@code --volledig}, or when the
 * parameters, the models or the CBS reference data changed) recomputes everything from bronze.
 */
public final class TransformJob {

    /** Parameters a model may use as {@code ${name}}, with their defaults (spec/indicators.md). */
    public static Map<String, String> defaultParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bereik_doel_pct", "40");
        p.putAll(new TreeMap<>(SuppressionRules.STANDARD.parameters()));
        return p;
    }

    private static final DateTimeFormatter INGEST_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");
    /** The staging views of which files a run processes ({@link NewFiles}). */
    private static final Set<String> FILE_VIEWS = Set.of("staging.ingelezen_bestanden", "staging.nieuwe_bestanden");
    /**
     * The staging views of the rows an incremental run brings, in build order: computed once, kept as checkpoints,
     * and read by name by every model and step after them (several read each, and Spark's cache of a view is not
     * found reliably by a later plan over it: measured, each read computed the view from bronze again).
     */
    private static final List<String> NEW_ROWS = List.of("staging.signalen", "staging.zaakversies", "staging.zaken", "staging.gebeurtenissen");
    /** A step of te_herbouwen_maanden.sql: computed once, before the statements after it, which read it by name. */
    private static final Pattern CACHED_STEP = Pattern.compile("(?ims)^cache table (\\w+) as\\s+(.*)");
    /** The temp view of the (municipality, month) pairs an incremental run recomputes. */
    static final String AFFECTED_VIEW = "te_herbouwen_maanden";
    /**
     * Tables up to this size on disk are kept in memory during a run: every table of a test or demo lake, the
     * reference-sized ones (municipalities, the ledger) of a national lake.
     */
    private static final long IN_MEMORY_BYTES = 8L << 20;
    /**
     * A lake with up to this much of bronze.signalen on disk is transformed with Spark's settings for small data
     * ({@link VroegSpark#settingsFor}). Measured on first transforms: the demo's lake, 1.3 MB, 47 s -> 37 s; a
     * province of 26 municipalities for a year, 7.8 MB, equal.
     */
    private static final long SMALL_LAKE_BYTES = 4L << 20;

    /**
     * What gold a run rebuilt: every month ({@code all}), or the given months; {@code pairs}: the (municipality on
     * the current division, month) pairs new data can change, gemeentecode null meaning every municipality.
     */
    public record RebuiltGold(boolean all, List<LocalDate> months, List<AreaMonth> pairs) {
    }

    public record AreaMonth(String gemeentecode, LocalDate maand) {
    }

    /** A pair new data can change, and what of it changes (a kind of {@link Model#CHANGES}). */
    private record Affected(String gemeentecode, LocalDate maand, String wijziging) {
    }

    /** A model that failed (its SQL, or writing its table), named: the cause says why. */
    public static final class ModelFailed extends IllegalStateException {
        private final String model;

        ModelFailed(String model, Throwable cause) {
            super(model + ": " + cause.getMessage(), cause);
            this.model = model;
        }

        /** {@code layer.table} */
        public String model() {
            return model;
        }
    }

    private final SparkSession spark;
    private final Lake lake;
    private final Map<String, String> parameters;
    private final Consumer<String> progress;
    private RebuiltGold rebuiltGold = new RebuiltGold(false, List.of(), List.of());

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
        try (LakeLock lock = LakeLock.acquire(lake, "transform")) { // one writer at a time
            runLocked(full);
        }
    }

    private void runLocked(boolean full) {
        TransformRuns runs = new TransformRuns(spark, lake);
        Optional<TransformRuns.Run> previous = runs.latest();
        Instant ingestedUpTo = runs.latestIngest();
        String parameterText = parameters.toString();
        List<Model> models = models();
        String modelsSha256 = sha256(models);
        String rebuildReason = full ? "gevraagd met --volledig"
                : previous.isEmpty() || previous.get().ingestTot() == null ? "eerste transformatie van dit lake"
                : !previous.get().parameters().equals(parameterText) ? "andere parameters dan de vorige keer"
                : !modelsSha256.equals(previous.get().modellenSha256()) ? "een nieuwe versie van vroeg met andere modellen"
                : runs.referenceDataChangedSince(previous.get().ingestTot()) ? "nieuwe CBS-referentiegegevens"
                : models.stream().anyMatch(m -> !m.isView() && !lake.exists(m.layer(), m.table())) ? "een tabel ontbreekt"
                : null;
        boolean rebuildAll = rebuildReason != null;
        rebuiltGold = new RebuiltGold(false, List.of(), List.of());
        if (!rebuildAll && Objects.equals(previous.get().ingestTot(), ingestedUpTo)) {
            progress.accept("Niets nieuws ingelezen sinds de vorige transformatie: silver en gold blijven ongewijzigd");
            runs.record(ingestedUpTo, parameterText, false, List.of(), modelsSha256);
            return;
        }
        lake.register(spark); // only now: a run with nothing new reads two small tables by path, not every table's log
        VroegSpark.settingsFor(spark, !lake.exists("bronze", "signalen") || sizeInBytes(spark.table("bronze.signalen")) <= SMALL_LAKE_BYTES);
        ReferenceViews.register(spark);
        progress.accept(rebuildAll ? "Volledige transformatie (" + rebuildReason + "): silver en gold opnieuw uit bronze"
                : "Incrementele transformatie: wat sinds " + INGEST_TIME.format(previous.get().ingestTot()) + " is ingelezen");
        Map<String, String> runParameters = new LinkedHashMap<>(parameters);
        runParameters.put("sinds", rebuildAll ? "timestamp_micros(0)" : timestamp(previous.get().ingestTot()));
        Build build = new Build(models, runParameters, !rebuildAll);
        try {
            build.silver();
            Map<String, List<LocalDate>> rebuilt = build.gold();
            List<LocalDate> months = rebuilt == null ? List.of()
                    : rebuilt.values().stream().flatMap(List::stream).distinct().sorted().toList();
            if (rebuilt == null || !months.isEmpty()) progress.accept(PublishedTables.write(spark, lake, rebuilt, parameters));
            rebuiltGold = new RebuiltGold(rebuildAll, months, build.areaMonths());
            runs.record(ingestedUpTo, parameterText, rebuildAll, months, modelsSha256);
        } finally {
            build.close();
        }
    }

    /** A registered table's size on disk, from its Delta snapshot (no Spark job). */
    private static long sizeInBytes(Dataset<Row> table) {
        return table.queryExecution().analyzed().stats().sizeInBytes().longValue();
    }

    /** What gold the latest {@link #run} rebuilt (for the passes that follow it, e.g. publication). */
    public RebuiltGold rebuiltGold() {
        return rebuiltGold;
    }

    /** One run's builds: full, or incremental over the files ingested since the previous run. */
    private final class Build implements AutoCloseable {
        private final List<Model> models;
        private final Map<String, String> parameters;
        private final boolean incremental;
        private final List<Dataset<Row>> inMemory = new ArrayList<>();
        /** The staging views of {@link #NEW_ROWS} read from their checkpoints: view -> temp view. */
        private final Map<String, String> checkpoints = new LinkedHashMap<>();
        /** The temp views of checkpoints: those of NEW_ROWS and te_herbouwen_maanden's cached steps. */
        private final List<String> tempViews = new ArrayList<>();
        private List<Affected> pairs = List.of();
        private int number;

        Build(List<Model> models, Map<String, String> parameters, boolean incremental) {
            this.models = models;
            this.parameters = parameters;
            this.incremental = incremental;
        }

        private int tables() {
            return (int) models.stream().filter(m -> !m.isView()).count();
        }

        void silver() {
            lake.tableNames().stream().filter(t -> t.startsWith("bronze.")).forEach(this::keepInMemoryIfSmall); // the ledger above all
            // first: NewFiles reads them
            models.stream().filter(m -> FILE_VIEWS.contains(m.name())).forEach(this::createView);
            parameters.putAll(NewFiles.parameters(spark, incremental)); // before the staging views that filter bronze on them
            if (incremental) {
                // every table exists: the views can all be made first, and what the new data can change is
                // determined while silver still holds the previous state
                models.stream().filter(Model::isView).forEach(this::createView);
                long start = System.nanoTime();
                List<String> counts = new ArrayList<>();
                for (String view : NEW_ROWS) {
                    String tempView = view.replace('.', '_');
                    Dataset<Row> rows = checkpoint(tempView, spark.sql(sql(model(view), true))); // zaken's reads zaakversies'
                    checkpoints.put(view, tempView);
                    if (!view.equals("staging.zaken")) counts.add(DutchFormat.count(rows.count()) + " " + view.substring("staging.".length()));
                }
                progress.accept(String.format("Nieuw: %s (%.1f s)", String.join(", ", counts), seconds(start)));
                start = System.nanoTime();
                pairs = monthsToRebuild();
                progress.accept(String.format("Geraakt: %s combinaties van gemeente en maand (%.1f s)",
                        DutchFormat.count((long) areaMonths().size()), seconds(start)));
            }
            for (Model model : models) {
                if (model.layer().equals("gold")) continue;
                if (model.isView()) {
                    if (!incremental) createView(model); // incremental: made above (replacing one would drop its cache)
                } else if (!incremental) {
                    build(model, null);
                } else if (model.incremental() == Model.Incremental.BY_MONTH) {
                    List<LocalDate> months = monthsFor(model);
                    if (months.isEmpty()) skip(model);
                    else if (months.containsAll(heldMonths(model))) build(model, null, false); // selecting the cases would cost, not save
                    else build(model, months);
                } else if (model.incremental() == Model.Incremental.NEW_ROWS || inputsChanged(model)) {
                    build(model, null);
                } else {
                    skip(model);
                }
            }
        }

        /**
         * Rebuilds gold: every month (full: returns null), or per model the months of the pairs new data can change
         * whose change it lists (returns them by table).
         */
        Map<String, List<LocalDate>> gold() {
            PurgedGoldMonths purged = PurgedGoldMonths.of(spark, lake); // months before a purge's horizon are never rebuilt
            if (purged.describe() != null) progress.accept(purged.describe());
            List<Model> gold = models.stream().filter(m -> m.layer().equals("gold")).toList();
            if (!incremental) {
                List<LocalDate> every = purged.allRebuildable(); // null: every month (the tables are overwritten)
                gold.forEach(model -> build(model, every));
                return null;
            }
            List<LocalDate> months = purged.rebuildable(pairs.stream().map(Affected::maand).distinct().sorted().toList());
            progress.accept(months.isEmpty() ? "Gold: geen maand geraakt door wat sinds de vorige transformatie is ingelezen"
                    : "Gold: " + months.size() + " maand(en) herbouwen, " + months.get(0) + " t/m " + months.get(months.size() - 1));
            Map<String, List<LocalDate>> rebuilt = new LinkedHashMap<>();
            for (Model model : months.isEmpty() ? List.<Model>of() : gold) {
                List<LocalDate> own = purged.rebuildable(monthsFor(model));
                if (own.isEmpty()) skip(model);
                else build(model, own);
                rebuilt.put(model.table(), own);
            }
            return rebuilt;
        }

        /** The (municipality, month) pairs new data can change, whatever changes in them. */
        List<AreaMonth> areaMonths() {
            return pairs.stream().map(p -> new AreaMonth(p.gemeentecode(), p.maand())).distinct().toList();
        }

        /** The months of the pairs whose change is one the model lists (its {@code incremental by month} header). */
        private List<LocalDate> monthsFor(Model model) {
            Set<String> changes = model.rebuiltFor();
            return pairs.stream().filter(p -> changes.contains(p.wijziging())).map(Affected::maand).distinct().sorted().toList();
        }

        /** The view of a staging model or a {@code materialized: view} model; nothing is written. */
        private void createView(Model model) {
            spark.sql("create schema if not exists " + model.layer());
            if (!model.layer().equals("staging")) {
                try {
                    spark.sql("drop table if exists " + model.name()); // a table of an earlier version; its data stays
                } catch (Exception aView) { // Spark refuses DROP TABLE of a view (a checked AnalysisException)
                }
            }
            try {
                spark.sql("create or replace view " + model.name() + " as " + sql(model, incremental));
            } catch (Exception e) { // a checked AnalysisException: the view's SQL does not analyse
                throw new ModelFailed(model.name(), e);
            }
        }

        /**
         * Merges into the model's table (current state per identity; in an incremental run the new rows only),
         * replaces it, or replaces the given months of it.
         */
        private void build(Model model, List<LocalDate> months) {
            build(model, months, incremental);
        }

        /** @param incrementalSql with the model's incremental blocks (which read only what new data can change) */
        private void build(Model model, List<LocalDate> months, boolean incrementalSql) {
            // the model's months as literals: a filter on a subquery's result would read every month's folder
            if (months == null || months.isEmpty()) {
                parameters.keySet().removeAll(List.of("herbouwde_maanden", "eerste_herbouwde_maand"));
            } else {
                parameters.put("herbouwde_maanden", dateList(months));
                parameters.put("eerste_herbouwde_maand", "date'" + months.get(0) + "'");
            }
            try {
                write(model, months, incrementalSql);
            } catch (Exception e) { // Spark's AnalysisException is checked, though Scala does not declare it
                throw new ModelFailed(model.name(), e);
            }
        }

        private void write(Model model, List<LocalDate> months, boolean incrementalSql) {
            long start = System.nanoTime();
            Dataset<Row> rows = spark.sql(sql(model, incrementalSql));
            // the model's column docs become the Delta schema's comments (describe, vroeg tabellen, serving database)
            Dataset<Row> result = ModelDocs.of(model.layer(), model.table()).map(docs -> docs.commented(rows)).orElse(rows);
            String path = lake.location(model.layer(), model.table()).toString();
            if (!model.mergeKey().isEmpty() && lake.exists(model.layer(), model.table())
                    && CurrentStateMerge.sameLayout(spark, result, path, model.partitionColumns())) {
                boolean newRowsOnly = incremental && model.incremental() == Model.Incremental.NEW_ROWS;
                CurrentStateMerge.merge(spark, model.name(), result, path, model.mergeKey(), newRowsOnly);
            } else if (months == null) {
                DataFrameWriter<Row> writer = CurrentStateMerge.withoutDeletions(result).write().format("delta").mode("overwrite")
                        .option("overwriteSchema", "true");
                // a folder per month: replacing some months rewrites only theirs, and a query on some reads only theirs
                if (!model.partitionColumns().isEmpty()) writer = writer.partitionBy(model.partitionColumns().toArray(String[]::new));
                writer.save(path);
            } else {
                String inMonths = "maand in " + dateList(months);
                result.where(inMonths).write().format("delta").mode("overwrite").option("replaceWhere", inMonths).save(path);
            }
            lake.registerTable(spark, model.layer(), model.table(), null);
            if (model.layer().equals("silver")) keepInMemoryIfSmall(model.name());
            String scope = months == null ? "" : months.size() == 1 ? "1 maand, " : months.size() + " maanden, ";
            progress.accept(String.format("[%d/%d] %s gebouwd (%s%.1f s)", ++number, tables(), model.name(), scope, seconds(start)));
        }

        /**
         * Keeps a small table in memory for the rest of the run: the models after it read it without planning a Delta
         * scan again (each costs a Spark job over the table's log; silver.gemeenten is read some 30 times per run,
         * the ledger bronze.leveringen some 13). Only for a table this run does not write again (bronze, silver once
         * built): Spark may serve a later read of the table from the cache whatever its Delta version. Released when
         * the run ends ({@link #close}).
         */
        private void keepInMemoryIfSmall(String table) {
            Dataset<Row> rows = spark.table(table);
            if (sizeInBytes(rows) <= IN_MEMORY_BYTES) inMemory.add(rows.persist(StorageLevel.MEMORY_AND_DISK()));
        }

        private void skip(Model model) {
            if (model.layer().equals("silver")) keepInMemoryIfSmall(model.name()); // e.g. silver.gemeenten, read by every gold model
            progress.accept(String.format("[%d/%d] %s: niets nieuws", ++number, tables(), model.name()));
        }

        /** Whether a bronze table the model reads (through staging) has rows of a file this run processes. */
        private boolean inputsChanged(Model model) {
            for (String table : bronzeInputs(model, new LinkedHashSet<>())) {
                if (table.equals(Table.LEVERINGEN.qualifiedName())) continue; // the ledger: every model reads it
                if (!spark.sql("select 1 from " + table + " where _bestand_sha256 in " + parameters.get("nieuwe_bestanden")
                        + " limit 1").isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> bronzeInputs(Model model, Set<String> found) {
            for (String reference : model.references()) {
                if (reference.startsWith("bronze.")) {
                    found.add(reference);
                } else {
                    models.stream().filter(m -> m.name().equals(reference)).findFirst().ifPresent(m -> bronzeInputs(m, found));
                }
            }
            return found;
        }

        /**
         * The (municipality, month) pairs what this run processes can change (sql/te_herbouwen_maanden.sql), read
         * while silver holds the previous state, and kept as a temp view for the models that filter on them.
         */
        private List<Affected> monthsToRebuild() {
            Model query = new Model("gold", AFFECTED_VIEW, resourceText("/sql/" + AFFECTED_VIEW + ".sql"));
            List<String> statements = SqlScript.statements(sql(query, true));
            for (String statement : statements.subList(0, statements.size() - 1)) {
                Matcher step = CACHED_STEP.matcher(statement);
                if (!step.find()) throw new IllegalStateException(AFFECTED_VIEW + ".sql: a statement before the last is not CACHE TABLE name AS");
                checkpoint(step.group(1), spark.sql(step.group(2)));
            }
            Dataset<Row> affected = spark.sql(statements.get(statements.size() - 1));
            List<Row> rows = affected.collectAsList();
            spark.createDataFrame(rows, affected.schema()).createOrReplaceTempView(AFFECTED_VIEW);
            List<Affected> result = new ArrayList<>();
            for (Row r : rows) result.add(new Affected(r.getAs("gemeentecode"), r.getAs("maand"), r.getAs("wijziging")));
            return result;
        }

        /** The model's SQL with its parameters, reading the checkpoints of the staging views that have one. */
        private String sql(Model model, boolean incrementalSql) {
            String sql = substitute(new Model(model.layer(), model.table(), model.sql(incrementalSql)), parameters);
            for (Map.Entry<String, String> c : checkpoints.entrySet()) {
                sql = sql.replaceAll("\\b" + Pattern.quote(c.getKey()) + "\\b", c.getValue());
            }
            return sql;
        }

        /**
         * Computes the rows now and keeps them as a checkpoint, a temp view the SQL after it reads by name as it is:
         * Spark's own cache is found only when a later plan matches the cached one, which plans over staging do not
         * reliably.
         */
        private Dataset<Row> checkpoint(String tempView, Dataset<Row> rows) {
            Dataset<Row> kept = rows.localCheckpoint();
            kept.createOrReplaceTempView(tempView);
            tempViews.add(tempView);
            return kept;
        }

        private Model model(String name) {
            return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
        }

        /** The months the model's table holds now. */
        private List<LocalDate> heldMonths(Model model) {
            return spark.sql("select distinct maand from " + model.name()).collectAsList().stream()
                    .map(r -> r.<LocalDate>getAs(0)).toList();
        }

        @Override
        public void close() {
            inMemory.forEach(Dataset::unpersist);
            tempViews.forEach(spark.catalog()::dropTempView);
        }
    }

    /**
     * A fingerprint of the models, their docs and the reference lists they join: other models or lists (a new
     * product version) rebuild every month of gold, and other docs rewrite every table with its new column comments.
     */
    private static String sha256(List<Model> models) {
        StringBuilder text = new StringBuilder();
        for (Model model : models) {
            text.append(model.name()).append('\n').append(model.sql()).append('\n');
            ModelDocs.of(model.layer(), model.table()).ifPresent(docs -> text.append(docs).append('\n'));
        }
        text.append(ReferenceViews.fingerprintText());
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** {@code (date'2025-01-01', date'2025-02-01')} */
    private static String dateList(List<LocalDate> dates) {
        return dates.stream().map(d -> "date'" + d + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static String timestamp(Instant instant) {
        return "timestamp_micros(" + (instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000) + ")";
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
