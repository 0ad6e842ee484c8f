package nl.vroeg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import scala.jdk.javaapi.CollectionConverters;

/**
 * How {@code vroeg sql} prints a result: an aligned table (at most {@link #TABLE_ROWS} rows), CSV (RFC 4180,
 * every row, values exactly as in the lake, for R, pandas or DuckDB), or CSV for (Dutch) Excel: semicolons,
 * decimal commas, a byte-order mark, and text cells that Excel would run as a formula made inert.
 */
final class SqlOutput {

    enum Format {
        table, csv, excel_csv;

        /** From the command line's spelling: table, csv, excel-csv. */
        static Format of(String name) {
            for (Format f : values()) if (f.label().equals(name)) return f;
            throw new Vroeg.UserError("Onbekend formaat '" + name + "'; kies table, csv of excel-csv.", 2);
        }

        String label() {
            return name().replace('_', '-');
        }
    }

    /** The table format shows at most this many rows; CSV streams all of them. */
    static final int TABLE_ROWS = 1000;

    private SqlOutput() {
    }

    static void print(Dataset<Row> result, Format format, PrintWriter out) {
        if (format == Format.table) printTable(result, out);
        else printCsv(result, format == Format.excel_csv, out);
        out.flush();
    }

    /**
     * A cell as text: arrays as {@code [a, b]}, maps as {@code {k -> v}}, structs as {@code {a, b}} (as Spark's
     * own show() prints them), bytes as hex, null as {@code nullText}.
     */
    static String cell(Object value, String nullText) {
        if (value == null) return nullText;
        if (value instanceof scala.collection.Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : CollectionConverters.asJava(map).entrySet()) entries.add(cell(e.getKey(), "null") + " -> " + cell(e.getValue(), "null"));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof scala.collection.Iterable<?> seq) {
            List<String> items = new ArrayList<>();
            for (Object item : CollectionConverters.asJava(seq)) items.add(cell(item, "null"));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Row row) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) fields.add(cell(row.get(i), "null"));
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof byte[] bytes) return "[" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
        return String.valueOf(value);
    }

    /**
     * A text cell Excel would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, so Excel shows it as text and runs nothing (OWASP's advice for CSV injection).
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void printCsv(Dataset<Row> result, boolean excel, PrintWriter out) {
        StructField[] fields = result.schema().fields();
        CSVFormat format = excel
                ? CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(result.columns()).get()
                : CSVFormat.DEFAULT.builder().setHeader(result.columns()).setRecordSeparator('\n').get();
        try {
            if (excel) out.write('\uFEFF'); // Excel reads UTF-8 only with a byte-order mark
            CSVPrinter csv = new CSVPrinter(out, format);
            Iterator<Row> rows = result.toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    String value = row.isNullAt(i) ? null : cell(row.get(i), "null");
                    if (excel && value != null) value = forExcel(value, fields[i]);
                    values.add(value);
                }
                csv.printRecord(values);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers with a decimal comma; everything that is not a number made inert (text, arrays, dates). */
    private static String forExcel(String value, StructField field) {
        var type = field.dataType();
        if (type instanceof DoubleType || type instanceof FloatType || type instanceof DecimalType) return value.replace('.', ',');
        return type instanceof NumericType ? value : inert(value);
    }

    private static void printTable(Dataset<Row> result, PrintWriter out) {
        String[] columns = result.columns();
        List<Row> rows = result.limit(TABLE_ROWS + 1).collectAsList();
        List<String[]> cells = new ArrayList<>();
        cells.add(columns);
        for (Row row : rows.subList(0, Math.min(rows.size(), TABLE_ROWS))) {
            String[] line = new String[row.size()];
            for (int i = 0; i < row.size(); i++) line[i] = cell(row.isNullAt(i) ? null : row.get(i), "NULL");
            cells.add(line);
        }
        int[] widths = new int[columns.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) widths[i] = Math.max(widths[i], line[i].length());
        }
        String rule = "+" + String.join("+", Arrays.stream(widths).mapToObj(w -> "-".repeat(w + 2)).toList()) + "+";
        out.println(rule);
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(r)[i])).append(" |");
            }
            out.println(line);
            if (r == 0) out.println(rule);
        }
        out.println(rule);
        out.println(rows.size() > TABLE_ROWS ? "(eerste " + TABLE_ROWS + " rijen; gebruik --format csv voor alles)"
                : "(" + rows.size() + (rows.size() == 1 ? " rij)" : " rijen)"));
    }
}
