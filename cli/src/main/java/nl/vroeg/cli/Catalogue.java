package nl.vroeg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Table;
import nl.vroeg.transform.ModelDocs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The lake's tables with what their docs say of them ({@link ModelDocs} for silver and gold, the published tables
 * through their gold table; {@link Table} for the tables Java code writes), for {@code vroeg tabellen} and the
 * shell's {@code .tabellen}.
 */
final class Catalogue {

    private Catalogue() {
    }

    /**
     * One row per table in layer order: laag, tabel, beschrijving, grain, and with {@code facts} the rows and the
     * moment of the last change (reads every table's Delta log; without, only folder names and docs).
     */
    static Dataset<Row> overview(SparkSession spark, Lake lake, boolean facts) {
        StructType schema = new StructType().add("laag", DataTypes.StringType).add("tabel", DataTypes.StringType)
                .add("beschrijving", DataTypes.StringType).add("grain", DataTypes.StringType);
        if (facts) schema = schema.add("rijen", DataTypes.LongType).add("laatst_gewijzigd", DataTypes.TimestampType);
        List<Row> rows = new ArrayList<>();
        Map<String, TableFacts> known = facts ? TableFacts.of(lake).stream()
                .collect(Collectors.toMap(TableFacts::name, t -> t)) : Map.of();
        for (String name : lake.tableNames()) {
            String[] parts = name.split("\\.");
            Optional<ModelDocs> docs = ModelDocs.ofTable(parts[0], parts[1]);
            List<Object> row = new ArrayList<>(List.of(parts[0], parts[1]));
            Optional<Table> written = Table.named(name); // bronze, quarantaine, ops: described in the lake module
            row.add(docs.map(ModelDocs::description).orElseGet(() -> written.map(Table::description).orElse("")));
            row.add(docs.map(ModelDocs::grain).orElseGet(() -> written.map(Table::grain).orElse("")));
            if (facts) {
                TableFacts table = known.get(name);
                row.add(table.rows());
                row.add(table.changed());
            }
            rows.add(RowFactory.create(row.toArray()));
        }
        return spark.createDataFrame(rows, schema);
    }
}
