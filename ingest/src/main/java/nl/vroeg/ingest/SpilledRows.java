package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of one file kept on local disk (JSON lines), not in the heap, until they are appended in one Delta
 * commit: held as Rows, a 200,000-row sheet would need its rows three times over (ours, Spark's local relation,
 * its scan) and not fit in a small heap. Only what may land in the lake is written here (pseudonyms, no personal
 * data), and the file is deleted on {@link #close}.
 */
final class SpilledRows implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final StructType columns;
    private final Path file;
    private final JsonGenerator out;
    private long count;

    /** @param columns the columns that vary per row: string, date, boolean, int, bigint or array&lt;string&gt; */
    SpilledRows(StructType columns) {
        this.columns = columns;
        try {
            file = Files.createTempFile("vroeg-rijen-", ".jsonl");
            out = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8);
            out.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: values in the order of the columns (LocalDate for a date, a List of String for an array). */
    void add(Object... values) {
        if (values.length != columns.size()) throw new IllegalArgumentException("Expected " + columns.size() + " values");
        try {
            out.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                out.writeFieldName(columns.fields()[i].name());
                write(values[i]);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    long count() {
        return count;
    }

    /**
     * The rows with {@code table}'s schema: each column from the file or, when the same for the whole file, from
     * {@code constants} (a null value allowed). Reading is lazy: append it before {@link #close}.
     */
    Dataset<Row> asTable(SparkSession spark, Table table, Map<String, Object> constants) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset<Row> rows = spark.read().schema(columns).json(file.toString());
        List<String> inFile = Arrays.asList(columns.fieldNames());
        Column[] select = Arrays.stream(table.schema().fields()).map((StructField f) -> {
            Column value;
            if (inFile.contains(f.name())) value = col(f.name());
            else if (constants.containsKey(f.name())) value = lit(constants.get(f.name()));
            else throw new IllegalArgumentException("No value for " + table.qualifiedName() + "." + f.name());
            return value.cast(f.dataType()).as(f.name());
        }).toArray(Column[]::new);
        return rows.select(select);
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) out.writeNull();
        else if (value instanceof String s) out.writeString(s);
        else if (value instanceof LocalDate d) out.writeString(d.toString());
        else if (value instanceof Boolean b) out.writeBoolean(b);
        else if (value instanceof Integer n) out.writeNumber(n);
        else if (value instanceof Long n) out.writeNumber(n);
        else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) write(element);
            out.writeEndArray();
        } else {
            throw new IllegalArgumentException("Cannot spill a " + value.getClass().getSimpleName());
        }
    }
}
