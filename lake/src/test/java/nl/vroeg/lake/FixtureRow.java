package nl.vroeg.lake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A row of a hand-made table by column name, so that a column added to the real table cannot shift the fixture's
 * values into the wrong columns: a name that is no column fails, a column not set is NULL.
 */
public final class FixtureRow {

    private final StructType schema;
    private final Map<String, Object> values = new HashMap<>();

    private FixtureRow(StructType schema) {
        this.schema = schema;
    }

    public static FixtureRow of(StructType schema) {
        return new FixtureRow(schema);
    }

    public FixtureRow set(String column, Object value) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("No column " + column + " in " + schema.simpleString());
        }
        values.put(column, value);
        return this;
    }

    public Row row() {
        return RowFactory.create(Arrays.stream(schema.fieldNames()).map(values::get).toArray());
    }
}
