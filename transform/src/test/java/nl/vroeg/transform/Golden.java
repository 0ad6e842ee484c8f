package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Golden files: hand-computed expected rows as CSV (comment lines start with #), compared as text. */
final class Golden {

    private Golden() {
    }

    /** The golden file's lines, header first, without comments. */
    static List<String> expected(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table's rows in the golden file's columns (its header), ordered by the first columns; doubles rounded
     * to 4 decimals, NULL as an empty field.
     */
    static List<String> actual(SparkSession spark, String table, String where, List<String> expected) {
        List<String> columns = Arrays.asList(expected.get(0).split(","));
        Dataset<Row> data = spark.table(table).where(where);
        List<String> select = new ArrayList<>();
        for (String c : columns) {
            String type = data.schema().apply(c).dataType().typeName();
            String value = type.equals("double") ? "cast(round(" + c + ", 4) as string)" : "cast(" + c + " as string)";
            select.add("coalesce(" + value + ", '')");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", columns));
        data.selectExpr("concat_ws(',', " + String.join(", ", select) + ") as line").orderBy("line").collectAsList()
                .forEach(r -> lines.add(r.getString(0)));
        return lines;
    }
}
