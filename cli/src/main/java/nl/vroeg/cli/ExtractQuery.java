package nl.vroeg.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL of one table of an extract, as it runs and as the manifest records it: the Delta table at its pinned
 * version, its month range, and per column what the project gets:
 * <ul>
 * <li>pseudonyms and IDs (a name ending in {@code _sleutel}, {@code _id} or {@code _ids}, except the key's own
 * {@code sleutel_id}) re-keyed with the project's key ({@value #REKEY}), element by element for an array: a
 * person's or address's pseudonym, and the case systems' signal and case IDs by which two extracts could
 * otherwise be joined or a person looked up;</li>
 * <li>lineage ({@code _bron_bestand}, {@code _positie}, {@code _versie}, ...: a name starting with {@code _})
 * left out: it points into the deliveries and would give every row an ID shared by all projects;</li>
 * <li>everything else as it is.</li>
 * </ul>
 * A column the rule would re-key but cannot (not text, or a field inside a struct) stops the extract: a new kind of
 * key is never passed on unchanged.
 */
record ExtractQuery(String table, String sql, String filter, List<String> rekeyed, List<String> dropped) {

    /** The Spark function (a UDF of {@link ProjectKey}) that re-keys a value. */
    static final String REKEY = "herversleutel";

    /**
     * Tables without a month column whose rows have one in another table: a case's month is its cohort month (the
     * month of its first signal) in {@code silver.zaak_kenmerken}, on the same key.
     */
    static final Map<String, String> MONTH_FROM = Map.of("silver.zaken", "silver.zaak_kenmerken");
    private static final String CASE_KEY = "leverancier, gemeentecode, zaak_id";

    /**
     * @param versions the pinned version of this table and of the table its months come from
     * @param van first month, or null; tot last month, or null
     */
    static ExtractQuery of(Lake lake, String table, StructType schema, Map<String, Long> versions, YearMonth van, YearMonth tot) {
        List<String> select = new ArrayList<>();
        List<String> rekeyed = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (StructField field : schema.fields()) {
            String name = field.name();
            if (isLineage(name)) {
                dropped.add(name);
            } else if (isKey(name)) {
                select.add(rekey(table, field) + " as " + quote(name));
                rekeyed.add(name);
            } else {
                String nested = nestedKey(field.dataType());
                if (nested != null) throw cannotRekey(table, name + "." + nested, field.dataType());
                select.add(quote(name));
            }
        }
        String filter = filter(lake, table, schema, versions, van, tot);
        String sql = "select " + String.join(", ", select) + "\nfrom " + delta(lake, table, versions)
                + (filter == null ? "" : "\nwhere " + filter);
        return new ExtractQuery(table, sql, filter, rekeyed, dropped);
    }

    static boolean isLineage(String column) {
        return column.startsWith("_");
    }

    static boolean isKey(String column) {
        return !column.equals("sleutel_id") && (column.endsWith("_sleutel") || column.endsWith("_id") || column.endsWith("_ids"));
    }

    private static String rekey(String table, StructField field) {
        if (field.dataType().equals(DataTypes.StringType)) return REKEY + "(" + quote(field.name()) + ")";
        if (field.dataType() instanceof ArrayType array && array.elementType().equals(DataTypes.StringType)) {
            return "transform(" + quote(field.name()) + ", v -> " + REKEY + "(v))";
        }
        throw cannotRekey(table, field.name(), field.dataType());
    }

    /** A key inside a struct (also in an array or map): such a column is refused whole, not passed on unchanged. */
    private static String nestedKey(DataType type) {
        if (type instanceof ArrayType array) return nestedKey(array.elementType());
        if (type instanceof MapType map) return nestedKey(map.valueType());
        if (type instanceof StructType struct) {
            for (StructField field : struct.fields()) {
                if (isKey(field.name())) return field.name();
                String inner = nestedKey(field.dataType());
                if (inner != null) return field.name() + "." + inner;
            }
        }
        return null;
    }

    private static IllegalStateException cannotRekey(String table, String column, DataType type) {
        return new IllegalStateException("Kolom " + column + " van " + table + " (" + type.simpleString()
                + ") heet als een sleutel of id maar kan niet worden herversleuteld; er is geen extract geschreven.");
    }

    /** The month condition, or null when every row goes (no range asked, or the table has no months). */
    private static String filter(Lake lake, String table, StructType schema, Map<String, Long> versions, YearMonth van, YearMonth tot) {
        if (van == null && tot == null) return null;
        List<String> bounds = new ArrayList<>();
        if (van != null) bounds.add("maand >= date'" + van.atDay(1) + "'");
        if (tot != null) bounds.add("maand < date'" + tot.plusMonths(1).atDay(1) + "'");
        String months = String.join(" and ", bounds);
        if (List.of(schema.fieldNames()).contains("maand")) return months;
        String source = MONTH_FROM.get(table);
        if (source == null) return null;
        return "(" + CASE_KEY + ") in (select " + CASE_KEY + " from " + delta(lake, source, versions) + " where " + months + ")";
    }

    private static String delta(Lake lake, String table, Map<String, Long> versions) {
        return "delta." + quote(lake.location(table).toString()) + " version as of " + versions.get(table);
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
