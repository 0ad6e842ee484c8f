package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Every silver and gold table of a transformed lake is documented beside its model ({@link ModelDocs}), and its
 * Delta schema carries those texts as column comments: a column without a description, a description of a column
 * that does not exist, or a comment the transform did not write (or lost in a MERGE or replaceWhere) is listed.
 */
final class DocumentedLake {

    private DocumentedLake() {
    }

    static void assertDocumented(SparkSession spark, Lake lake) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Optional<ModelDocs>> model : ModelDocs.tableModels().entrySet()) {
            if (model.getValue().isEmpty()) problems.add(model.getKey() + ": geen documentatie naast het model");
            else if (model.getValue().get().description().isEmpty() || model.getValue().get().grain().isEmpty()) {
                problems.add(model.getKey() + ": tabel of grain ontbreekt");
            }
        }
        for (String table : lake.tableNames()) {
            String[] parts = table.split("\\.");
            if (!parts[0].equals("silver") && !parts[0].equals("gold")) continue;
            Optional<ModelDocs> docs = ModelDocs.ofTable(parts[0], parts[1]);
            if (docs.isEmpty()) {
                problems.add(table + ": geen documentatie");
                docs = Optional.of(new ModelDocs(parts[0], parts[1], "", "", Map.of())); // and list every column
            }
            StructType schema = spark.read().format("delta").load(lake.location(parts[0], parts[1]).toString()).schema();
            Map<String, String> comments = ModelDocs.comments(schema);
            for (String column : schema.fieldNames()) {
                String text = docs.get().columns().get(column);
                if (text == null) problems.add(table + "." + column + " (" + schema.apply(column).dataType().simpleString() + "): geen beschrijving");
                else if (!text.equals(comments.get(column))) problems.add(table + "." + column + ": commentaar in het lake is '" + comments.get(column) + "'");
            }
            for (String column : docs.get().columns().keySet()) {
                if (!List.of(schema.fieldNames()).contains(column)) problems.add(table + "." + column + ": beschreven, maar bestaat niet");
            }
        }
        assertEquals("", String.join("\n", problems), "documentation of the lake's silver and gold tables");
    }
}
