package nl.vroeg.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.timestamp_micros;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Table;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of one table kept on local disk (JSON lines, by column name), not in the heap, until they are appended in
 * one Delta commit: Spark then reads them in partitions of bounded size, so neither the driver nor a task holds a
 * whole file's rows. Only what may land in the lake is written here (pseudonyms, no personal data); the file is
 * emptied after each commit and deleted on {@link #close}.
 */
final class SpilledRows implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Table table;
    private final Path file;
    private final FileOutputStream stream;
    private JsonGenerator out;
    private long count;

    SpilledRows(Table table) {
        this.table = table;
        try {
            file = Files.createTempFile("vroeg-" + table.tableName() + "-", ".jsonl");
            stream = new FileOutputStream(file.toFile());
            out = generator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonGenerator generator() throws IOException {
        JsonGenerator generator = JSON.createGenerator(stream, JsonEncoding.UTF8);
        // One row per line, each ending in its newline, so that a mark (a row boundary) can be truncated back to.
        generator.setPrettyPrinter(new MinimalPrettyPrinter(""));
        return generator;
    }

    void add(TableRow row) {
        try {
            write(row.values());
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    long count() {
        return count;
    }

    /** A point to go back to: the rows added after it can be taken back with {@link #rollback}. */
    record Mark(long position, long count) {
    }

    Mark mark() {
        try {
            out.flush();
            return new Mark(stream.getChannel().position(), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the rows added since the mark (a file rejected halfway leaves nothing behind). */
    void rollback(Mark mark) {
        try {
            out.flush();
            stream.getChannel().truncate(mark.position());
            stream.getChannel().position(mark.position());
            out = generator();
            count = mark.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows with the table's schema. Reading is lazy: append it before {@link #clear} or {@link #close}. */
    Dataset<Row> read(SparkSession spark) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StructType schema = table.schema();
        // Timestamps travel as epoch microseconds: exact, whatever the JSON reader's timestamp format.
        StructType onDisk = new StructType(Arrays.stream(schema.fields())
                .map(f -> f.dataType().equals(DataTypes.TimestampType) ? new StructField(f.name(), DataTypes.LongType, true, f.metadata()) : f)
                .toArray(StructField[]::new));
        Dataset<Row> rows = spark.read().schema(onDisk).option("mode", "FAILFAST").json(file.toString());
        Column[] select = Arrays.stream(schema.fields()).map(f -> (f.dataType().equals(DataTypes.TimestampType)
                ? timestamp_micros(col(f.name())) : col(f.name())).cast(f.dataType()).as(f.name())).toArray(Column[]::new);
        return rows.select(select);
    }

    /** Empties the file for the next batch. */
    void clear() {
        rollback(new Mark(0, 0));
    }

    @Override
    public void close() {
        try {
            out.close();
            stream.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) out.writeNull();
        else if (value instanceof String s) out.writeString(s);
        else if (value instanceof LocalDate d) out.writeString(d.toString());
        else if (value instanceof Instant t) out.writeNumber(ChronoUnit.MICROS.between(Instant.EPOCH, t));
        else if (value instanceof Boolean b) out.writeBoolean(b);
        else if (value instanceof Integer n) out.writeNumber(n);
        else if (value instanceof Long n) out.writeNumber(n);
        else if (value instanceof Double n) out.writeNumber(n);
        else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) write(element);
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName(e.getKey().toString());
                write(e.getValue());
            }
            out.writeEndObject();
        } else {
            throw new IllegalArgumentException("Cannot spill a " + value.getClass().getSimpleName());
        }
    }
}
