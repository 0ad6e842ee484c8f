package nl.vroeg.transform;

import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * {@code vroeg purge}: spec/privacy.md's retention. Detail rows (bronze, silver, quarantine) dated before the
 * grens (the first day of the month {@code bewaartermijn} months before the peildatum) are deleted and then
 * physically removed by VACUUM, so no Parquet file and no time travel holds them any more. Reference dates:
 * signals by signaaldatum; cases, with their attempts, by their first signal's signaaldatum (a case whose signals
 * are unknown by its delivery's end date); partner events by their datum; quarantine by ingest date. Delivery
 * metadata (bronze.ddas_leveringen, the ledger), policy, CBS data and gold stay. The purge is recorded in
 * {@code ops.purge_runs} before anything is deleted, so an interrupted purge already keeps the transform off the
 * gold months before {@code gold_vast_tot} (see {@link PurgedGoldMonths}) and a re-run completes it.
 */
public final class RetentionPurge {

    public static final int DEFAULT_MONTHS = 24;

    /** A purge the lake is not ready for; nothing was changed. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** What a purge deleted (or, dry, would delete): rows per table, in purge order. */
    public record Result(LocalDate grens, LocalDate goldVastTot, Map<String, Long> rijen, boolean droog) {
    }

    private static final String CASE_KEY = "leverancier, gemeentecode, zaak_id";
    private static final List<String> CASE_TABLES = List.of("bronze.zaken", "silver.zaken", "silver.zaak_signalen",
            "silver.contactpogingen", "silver.zaak_kenmerken");

    private final SparkSession spark;
    private final Lake lake;
    private final Consumer<String> progress;

    public RetentionPurge(SparkSession spark, Lake lake, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.progress = progress;
    }

    public Result run(LocalDate peildatum, int bewaartermijnMaanden, boolean droog) {
        if (bewaartermijnMaanden < 1) throw new Refused("De bewaartermijn moet minstens 1 maand zijn (standaard " + DEFAULT_MONTHS + ").");
        requireTransformed();
        LocalDate grens = grens(peildatum, bewaartermijnMaanden);
        LocalDate goldVastTot = PurgedGoldMonths.frozenBefore(grens);
        lake.register(spark);
        Dataset<Row> purgedCases = purgedCases(grens);

        Map<String, String> byDate = rowsDatedBefore(grens);

        Map<String, Long> rijen = new LinkedHashMap<>();
        for (String table : existing(byDate.keySet())) rijen.put(table, spark.table(table).where(byDate.get(table)).count());
        for (String table : existing(CASE_TABLES)) rijen.put(table, spark.table(table).join(purgedCases, cols(CASE_KEY)).count());
        record(peildatum, bewaartermijnMaanden, grens, goldVastTot, droog, rijen);
        rijen.forEach((table, n) -> progress.accept(String.format("%s: %d rij(en) van vóór %s%s", table, n, grens,
                droog ? " zouden worden verwijderd" : " verwijderen")));
        if (droog) {
            progress.accept("Droog: niets verwijderd. Gold-maanden vóór " + goldVastTot + " zouden daarna niet meer worden herbouwd.");
            return new Result(grens, goldVastTot, rijen, true);
        }

        for (String table : existing(byDate.keySet())) DeltaTable.forPath(spark, path(table)).delete(byDate.get(table));
        for (String table : existing(CASE_TABLES)) {
            DeltaTable.forPath(spark, path(table)).as("t").merge(purgedCases.as("p"),
                    "t.leverancier = p.leverancier and t.gemeentecode = p.gemeentecode and t.zaak_id = p.zaak_id")
                    .whenMatched().delete().execute();
        }
        vacuum(rijen.keySet().stream().toList());
        progress.accept("Purge klaar: detail van vóór " + grens + " verwijderd en opgeruimd; gold blijft, maanden vóór "
                + goldVastTot + " worden niet meer herbouwd (vastgelegd in ops.purge_runs).");
        return new Result(grens, goldVastTot, rijen, false);
    }

    /** The first day of the month {@code bewaartermijnMaanden} before {@code peildatum}: detail dated before it goes. */
    public static LocalDate grens(LocalDate peildatum, int bewaartermijnMaanden) {
        return peildatum.minusMonths(bewaartermijnMaanden).withDayOfMonth(1);
    }

    /** Per table, the condition on its own date of the rows a purge deletes (cases go with their first signal). */
    public static Map<String, String> rowsDatedBefore(LocalDate grens) {
        Map<String, String> byDate = new LinkedHashMap<>();
        byDate.put("bronze.signalen", "signaaldatum < date'" + grens + "'");
        byDate.put("silver.signalen", "signaaldatum < date'" + grens + "'");
        byDate.put("bronze.gebeurtenissen", "datum < date'" + grens + "'");
        byDate.put("silver.gebeurtenissen", "datum < date'" + grens + "'");
        byDate.put("quarantaine.records", "to_date(ingest_tijd) < date'" + grens + "'");
        return byDate;
    }

    /** A purge freezes the old gold months: they must first hold everything ingested. */
    private void requireTransformed() {
        TransformRuns runs = new TransformRuns(spark, lake);
        Instant ingested = runs.latestIngest();
        if (ingested == null) return;
        Optional<TransformRuns.Run> latest = runs.latest();
        if (latest.isEmpty() || latest.get().ingestTot() == null || latest.get().ingestTot().isBefore(ingested)) {
            throw new Refused("Er is ingelezen na de laatste transformatie: draai eerst 'vroeg transform', anders blijven de"
                    + " oude gold-maanden zonder die leveringen. Er is niets verwijderd.");
        }
    }

    /**
     * The cases to delete: first signal (earliest signaaldatum of any version of its signals) before the grens; a
     * case none of whose signals is known, by its latest delivery's end date. Computed before anything is deleted
     * and held in memory (keys only), since the deletes change what it reads.
     */
    private Dataset<Row> purgedCases(LocalDate grens) {
        StructType schema = StructType.fromDDL("leverancier string, gemeentecode string, zaak_id string");
        if (!lake.exists(Table.ZAKEN)) return spark.createDataFrame(List.of(), schema);
        List<Row> keys = spark.sql("""
                with case_signals as (
                    select distinct leverancier, gemeentecode, zaak_id, signaal_id, einddatum_levering
                    from bronze.zaken lateral view explode(signaal_ids) s as signaal_id
                ),
                signal_dates as (
                    select leverancier, gemeentecode, signaal_id, min(signaaldatum) as signaaldatum
                    from bronze.signalen group by leverancier, gemeentecode, signaal_id
                )
                select c.leverancier, c.gemeentecode, c.zaak_id
                from case_signals c
                left join signal_dates s
                    on s.leverancier = c.leverancier and s.gemeentecode = c.gemeentecode and s.signaal_id = c.signaal_id
                group by c.leverancier, c.gemeentecode, c.zaak_id
                having coalesce(min(s.signaaldatum), max(c.einddatum_levering)) < date'%s'
                """.formatted(grens)).collectAsList().stream()
                .map(r -> RowFactory.create(r.getString(0), r.getString(1), r.getString(2))).toList();
        return spark.createDataFrame(keys, schema);
    }

    /**
     * VACUUM without Delta's 7-day safety margin: only then are the deleted rows' files (and every older version)
     * gone at once. The check is switched off for this purge alone and restored afterwards. REORG first rewrites
     * files whose rows a deletion vector merely hides (a table with deletion vectors switched on).
     */
    private void vacuum(List<String> tables) {
        String check = "spark.databricks.delta.retentionDurationCheck.enabled";
        String before = spark.conf().get(check, "true");
        progress.accept("VACUUM RETAIN 0 HOURS: Delta's bewaarcontrole staat alleen tijdens deze purge uit;"
                + " oudere versies van deze tabellen zijn daarna niet meer op te vragen (--as-of).");
        spark.conf().set(check, "false");
        try {
            for (String table : tables) {
                String delta = "delta.`" + path(table).replace("`", "``") + "`";
                spark.sql("reorg table " + delta + " apply (purge)");
                spark.sql("vacuum " + delta + " retain 0 hours");
            }
        } finally {
            spark.conf().set(check, before);
        }
    }

    private void record(LocalDate peildatum, int maanden, LocalDate grens, LocalDate goldVastTot, boolean droog, Map<String, Long> rijen) {
        Row row = RowFactory.create(UUID.randomUUID().toString(), Instant.now(), peildatum, maanden, grens, goldVastTot, droog,
                scala.jdk.javaapi.CollectionConverters.asScala(rijen));
        spark.createDataFrame(List.of(row), Table.PURGE_RUNS.schema()).write().format("delta").mode("append")
                .option("mergeSchema", "true").save(lake.location(Table.PURGE_RUNS).toString());
    }

    private List<String> existing(java.util.Collection<String> tables) {
        return tables.stream().filter(t -> lake.exists(t.split("\\.")[0], t.split("\\.")[1])).toList();
    }

    private String path(String table) {
        return lake.location(table.split("\\.")[0], table.split("\\.")[1]).toString();
    }

    private static scala.collection.immutable.Seq<String> cols(String key) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(key.split(",\\s*"))).toList();
    }
}
