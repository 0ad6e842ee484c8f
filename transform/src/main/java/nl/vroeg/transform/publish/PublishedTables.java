package nl.vroeg.transform.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.vroeg.lake.InParallel;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.transform.ModelDocs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the published gold tables ({@code gold.*_gepubliceerd}, {@link PublishedTable}) from the unsuppressed
 * ones: per month, all their cells are suppressed together ({@link LinkedMonth}, {@link CellSuppression}), and
 * each table is written in one Delta commit that replaces those months (all months on a full run, or when a
 * published table does not exist yet). A table is republished for the months that gold rebuilt of it or of a table
 * its cells are linked with; tables without links between them are suppressed apart with the same result (no
 * relation spans them). Runs after the gold models.
 */
public final class PublishedTables {

    private PublishedTables() {
    }

    /**
     * @param rebuilt    the months gold rebuilt, per gold table (e.g. {@code gemeente_maand}); null: all
     * @param parameters the transform parameters (the thresholds: {@link SuppressionRules#of})
     * @return what was done, in Dutch, for the transform's progress
     */
    public static String write(SparkSession spark, Lake lake, Map<String, List<LocalDate>> rebuilt, Map<String, String> parameters) {
        long start = System.nanoTime();
        SuppressionRules rules = SuppressionRules.of(parameters);
        boolean all = rebuilt == null || List.of(PublishedTable.values()).stream().anyMatch(t -> !lake.exists("gold", t.target()));
        Map<String, String> provinceOf = provinces(spark);

        Map<PublishedTable, Dataset<Row>> sources = new EnumMap<>(PublishedTable.class);
        Map<PublishedTable, List<LocalDate>> months = new EnumMap<>(PublishedTable.class);
        for (PublishedTable table : PublishedTable.values()) {
            Dataset<Row> source = spark.read().format("delta").load(lake.location("gold", table.source()).toString());
            if (!all) {
                months.put(table, LinkedMonth.linkedWith(table).stream()
                        .flatMap(linked -> rebuilt.getOrDefault(linked.source(), List.of()).stream()).distinct().sorted().toList());
                source = source.where(inMonths(months.get(table)));
            }
            sources.put(table, source);
        }
        Map<PublishedTable, List<Row>> read = InParallel.map(sources.keySet(), sources.size(), table -> sources.get(table).collectAsList());
        Map<LocalDate, Map<PublishedTable, List<Row>>> byMonth = new TreeMap<>();
        read.forEach((table, rows) -> {
            for (Row row : rows) {
                byMonth.computeIfAbsent(row.getAs("maand"), m -> new EnumMap<>(PublishedTable.class))
                        .computeIfAbsent(table, t -> new ArrayList<>()).add(row);
            }
        });

        long suppressionStart = System.nanoTime();
        Map<PublishedTable, List<Row>> published = new EnumMap<>(PublishedTable.class);
        int cells = 0;
        int[] hidden = new int[2];
        for (Map<PublishedTable, List<Row>> month : byMonth.values()) {
            LinkedMonth linked = new LinkedMonth(provinceOf, rules);
            month.forEach((table, rows) -> linked.add(table, sorted(table, rows)));
            linked.publish().forEach((table, rows) -> published.computeIfAbsent(table, t -> new ArrayList<>()).addAll(rows));
            cells += linked.cellCount();
            int[] h = linked.hiddenCounts();
            hidden[0] += h[0];
            hidden[1] += h[1];
        }
        double suppressionSeconds = (System.nanoTime() - suppressionStart) / 1e9;

        List<PublishedTable> written = List.of(PublishedTable.values()).stream()
                .filter(table -> all || !months.get(table).isEmpty()).toList(); // else nothing of it or its linked tables rebuilt
        InParallel.forEach(written, written.size(), table -> {
            StructType schema = sources.get(table).schema()
                    .add(PublishedTable.SECONDARY_COLUMN, DataTypes.createArrayType(DataTypes.StringType, false), false,
                            ModelDocs.SECONDARY_SUPPRESSED); // the other columns keep their gold table's comments
            Dataset<Row> result = spark.createDataFrame(published.getOrDefault(table, List.of()), schema);
            String path = lake.location("gold", table.target()).toString();
            if (all) {
                result.write().format("delta").mode("overwrite").option("overwriteSchema", "true").partitionBy("maand").save(path);
            } else {
                result.write().format("delta").mode("overwrite").option("replaceWhere", inMonths(months.get(table))).save(path);
            }
            lake.registerTable(spark, "gold", table.target(), null);
        });
        return String.format("Gepubliceerde tabellen (gold.*_gepubliceerd) geschreven voor %d maand(en): %d cellen, %d klein"
                        + " (<%d) en %d secundair onderdrukt (onderdrukking %.1f s, totaal %.1f s)",
                byMonth.size(), cells, hidden[0], rules.smallestShownCount(), hidden[1], suppressionSeconds,
                (System.nanoTime() - start) / 1e9);
    }

    /** The province of every municipality (silver.gebieden: a view of the transform's session, not a table). */
    private static Map<String, String> provinces(SparkSession spark) {
        Map<String, String> provinceOf = new HashMap<>();
        spark.table("silver.gebieden")
                .where("niveau = 'provincie'").select("gemeentecode", "gebiedcode").collectAsList()
                .forEach(r -> provinceOf.put(r.getString(0), r.getString(1)));
        return provinceOf;
    }

    /** Rows in a fixed order: by area, then row key (breakdowns in report order). */
    private static List<Row> sorted(PublishedTable table, List<Row> rows) {
        Comparator<Row> order = Comparator.comparing(r -> r.<String>getAs("gemeentecode"));
        if (table == PublishedTable.UITSPLITSING) {
            order = order.thenComparing(r -> r.<String>getAs("dimensie"))
                    .thenComparing(r -> ((Number) r.getAs("volgorde")).intValue())
                    .thenComparing(r -> r.<String>getAs("waarde"));
        }
        for (String column : table.rowKey()) order = order.thenComparing(r -> String.valueOf(r.<Object>getAs(column)));
        return rows.stream().sorted(order).toList();
    }

    private static String inMonths(List<LocalDate> months) {
        if (months.isEmpty()) return "false";
        return "maand in (" + String.join(", ", new TreeSet<>(months).stream().map(m -> "date'" + m + "'").toList()) + ")";
    }
}
