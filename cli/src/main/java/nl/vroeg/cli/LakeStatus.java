package nl.vroeg.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.RetentionHorizon;
import nl.vroeg.lake.Table;
import nl.vroeg.transform.RetentionPurge;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code vroeg status}: the state of a lake in Dutch, read without a lock. Per table its version, rows, size and
 * files; the last ingest (the ledger) and transform ({@code ops.transform_runs}); the provisional months of gold;
 * data-quality errors ({@code ops.dq_resultaten}); quarantine; and whether detail older than the retention period
 * waits for {@code vroeg purge}.
 */
final class LakeStatus {

    private final SparkSession spark;
    private final Lake lake;
    private final PrintWriter out;

    LakeStatus(SparkSession spark, Lake lake, PrintWriter out) {
        this.spark = spark;
        this.lake = lake;
        this.out = out;
    }

    void print(LocalDate today) {
        out.println("Lake " + lake.root());
        List<TableFacts> facts = TableFacts.of(lake);
        SqlOutput.print(tables(facts), SqlOutput.Format.table, out);
        out.println("Laatste ingest: " + lastIngest());
        out.println("Laatste transformatie: " + lastTransform());
        out.println("Voorlopige maanden: " + provisionalMonths());
        out.println("Datakwaliteit: " + dataQualityErrors());
        out.println("Quarantaine: " + facts.stream().filter(t -> t.name().equals(Table.QUARANTAINE.qualifiedName()))
                .findFirst().map(t -> t.rows() + " record(s)").orElse("leeg"));
        out.println("Bewaartermijn: " + retention(today));
        out.flush();
    }

    private Dataset<Row> tables(List<TableFacts> facts) {
        StructType schema = new StructType().add("tabel", DataTypes.StringType).add("versie", DataTypes.LongType)
                .add("rijen", DataTypes.LongType).add("grootte", DataTypes.StringType).add("bestanden", DataTypes.LongType)
                .add("laatst_gewijzigd", DataTypes.TimestampType);
        List<Row> rows = new ArrayList<>();
        for (TableFacts t : facts) {
            rows.add(RowFactory.create(t.name(), t.version(), t.rows(), TableFacts.size(t.bytes()), t.files(), t.changed()));
        }
        return spark.createDataFrame(rows, schema);
    }

    private String lastIngest() {
        if (!lake.exists(Table.LEVERINGEN)) return "nog niets ingelezen";
        Dataset<Row> ledger = table(Table.LEVERINGEN);
        Row last = ledger.selectExpr("max_by(run_id, ingest_tijd)", "max(ingest_tijd)").first();
        Row run = ledger.where("run_id = '" + last.getString(0).replace("'", "''") + "'")
                .selectExpr("count(distinct bestand_sha256)", "count_if(status = 'afgewezen')").first();
        return last.get(1) + ": " + run.getLong(0) + " bestand(en)" + (run.getLong(1) > 0 ? ", " + run.getLong(1) + " afgewezen" : "");
    }

    private String lastTransform() {
        if (!lake.exists(Table.TRANSFORM_RUNS)) return "nog nooit";
        Row last = table(Table.TRANSFORM_RUNS).orderBy(col("tijd").desc())
                .selectExpr("tijd", "volledig", "size(maanden)", "ingest_tot").first();
        return last.get(0) + ", " + (last.getBoolean(1) ? "volledig" : "incrementeel, " + last.getInt(2) + " maand(en) gold herbouwd")
                + "; ingelezen tot " + last.get(3);
    }

    private String provisionalMonths() {
        if (!lake.exists("gold", "gemeente_maand")) return "geen (nog geen gold)";
        List<String> months = spark.read().format("delta").load(lake.location("gold", "gemeente_maand").toString())
                .where("voorlopig").selectExpr("date_format(maand, 'yyyy-MM') as m").distinct().orderBy("m")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
        return months.isEmpty() ? "geen" : String.join(", ", months) + " (gold.gemeente_maand: voorlopig)";
    }

    private String dataQualityErrors() {
        if (!lake.exists(Table.DQ_RESULTATEN)) return "geen controles";
        List<Row> errors = table(Table.DQ_RESULTATEN).where("status = 'fout'").orderBy("tijd")
                .selectExpr("bestand", "controle", "melding").collectAsList();
        if (errors.isEmpty()) return "geen fouten";
        StringBuilder text = new StringBuilder(errors.size() + " fout(en)");
        for (Row e : errors) text.append("\n  ").append(e.getString(0)).append(": ").append(e.getString(1)).append(" - ").append(e.getString(2));
        return text.toString();
    }

    /** Due when detail older than the standard retention period is still in the lake. */
    private String retention(LocalDate today) {
        LocalDate grens = RetentionPurge.grens(today, RetentionPurge.DEFAULT_MONTHS);
        String horizon = RetentionHorizon.of(spark, lake).map(h -> "; laatste purge: detail van vóór " + h.grens() + " verwijderd").orElse("");
        Set<String> older = new LinkedHashSet<>(); // named as the reader knows them: signalen, gebeurtenissen, quarantaine
        RetentionPurge.rowsDatedBefore(grens).forEach((name, condition) -> {
            String[] parts = name.split("\\.");
            if (lake.exists(parts[0], parts[1])
                    && !spark.read().format("delta").load(lake.location(parts[0], parts[1]).toString()).where(condition).isEmpty()) {
                older.add(parts[0].equals("quarantaine") ? "quarantaine" : parts[1]);
            }
        });
        return (older.isEmpty() ? "geen purge nodig: geen detail van vóór " + grens
                : "purge nodig: " + String.join(", ", older) + " van vóór " + grens + " (" + RetentionPurge.DEFAULT_MONTHS
                        + " maanden); draai vroeg purge") + horizon;
    }

    private Dataset<Row> table(Table table) {
        return spark.read().format("delta").load(lake.location(table).toString());
    }
}
