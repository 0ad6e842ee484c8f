package nl.vroeg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Alleen-lezen SQL over het lake: bronze.*, silver.*, gold.*, quarantaine.*, ops.*.",
                "Voorbeeld: vroeg sql --format csv \"select * from gold.gemeente_maand\""})
final class SqlCommand implements Callable<Integer> {

    enum Format { table, csv }

    /** The table format shows at most this many rows; CSV streams all of them. */
    static final int TABLE_ROWS = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--format", defaultValue = "table", description = "table (standaard) of csv (met kopregel).")
    Format format;

    @Option(names = "--as-of", paramLabel = "VERSIE", description = "Lees de tabellen zoals ze waren: een Delta-versie (getal) of een tijdstip (bijv. 2025-03-01 12:00:00).")
    String asOf;

    @Parameters(index = "0", paramLabel = "QUERY", description = "De SQL-query.")
    String query;

    @Override
    public Integer call() {
        SparkSession spark = VroegSpark.session();
        Lake lake = lakeOption.lake();
        List<String> tables = lake.register(spark, asOf);
        if (tables.isEmpty()) {
            throw new Vroeg.UserError("Geen tabellen in " + lake.root() + (asOf == null ? "" : " op versie/tijdstip " + asOf)
                    + ". Draai eerst 'vroeg ingest' en 'vroeg transform'.", Vroeg.FAILURE);
        }
        ReadOnlySql.check(spark, query);
        Dataset<Row> result = complexColumnsAsJson(spark.sql(query));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            printCsv(result, out);
        } else {
            printTable(result, out);
        }
        out.flush();
        return Vroeg.OK;
    }

    /** Arrays, maps and structs as JSON (["zaken", ...]) rather than Scala's toString (ArraySeq(zaken, ...)). */
    private static Dataset<Row> complexColumnsAsJson(Dataset<Row> result) {
        List<org.apache.spark.sql.Column> columns = new ArrayList<>();
        for (org.apache.spark.sql.types.StructField field : result.schema().fields()) {
            org.apache.spark.sql.Column column = result.col("`" + field.name().replace("`", "``") + "`");
            boolean complex = field.dataType() instanceof org.apache.spark.sql.types.ArrayType
                    || field.dataType() instanceof org.apache.spark.sql.types.MapType
                    || field.dataType() instanceof org.apache.spark.sql.types.StructType;
            columns.add(complex ? org.apache.spark.sql.functions.to_json(column).as(field.name()) : column);
        }
        return result.select(columns.toArray(org.apache.spark.sql.Column[]::new));
    }

    private static void printCsv(Dataset<Row> result, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(result.columns()).setRecordSeparator('\n').get());
            Iterator<Row> rows = result.toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) values.add(row.isNullAt(i) ? null : String.valueOf(row.get(i)));
                csv.printRecord(values);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printTable(Dataset<Row> result, PrintWriter out) {
        String[] columns = result.columns();
        List<Row> rows = result.limit(TABLE_ROWS + 1).collectAsList();
        List<String[]> cells = new ArrayList<>();
        cells.add(columns);
        for (Row row : rows.subList(0, Math.min(rows.size(), TABLE_ROWS))) {
            String[] line = new String[row.size()];
            for (int i = 0; i < row.size(); i++) line[i] = row.isNullAt(i) ? "NULL" : String.valueOf(row.get(i));
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
