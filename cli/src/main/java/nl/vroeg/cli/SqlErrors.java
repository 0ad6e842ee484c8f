package nl.vroeg.cli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.Lake;
import org.apache.spark.SparkThrowable;

/**
 * Spark's errors about a researcher's SQL as one Dutch line (exit 2); the cause stays attached, so
 * {@code VROEG_DEBUG=1} still prints Spark's own message and stack trace.
 */
final class SqlErrors {

    private SqlErrors() {
    }

    /** The Dutch error for a Spark error, or null when it is not one about the query. */
    static Vroeg.UserError translate(Throwable error) {
        return translate(error, List.of());
    }

    /** As {@link #translate(Throwable)}; an unknown table names the lake's {@code tables}. */
    static Vroeg.UserError translate(Throwable error, Collection<String> tables) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof Vroeg.UserError userError) return userError;
            if (e instanceof SparkThrowable spark && spark.getCondition() != null) {
                Vroeg.UserError dutch = userError(e);
                if (!tables.isEmpty() && spark.getCondition().equals("TABLE_OR_VIEW_NOT_FOUND")) {
                    return new Vroeg.UserError(dutch.getMessage() + " Tabellen van het lake: " + String.join(", ", tables) + ".", 2, e);
                }
                return dutch;
            }
        }
        return null;
    }

    static Vroeg.UserError userError(Throwable error) {
        SparkThrowable spark = (SparkThrowable) error;
        String condition = spark.getCondition();
        Map<String, String> p = spark.getMessageParameters();
        String main = condition.contains(".") ? condition.substring(0, condition.indexOf('.')) : condition;
        String message = switch (main) {
            case "PARSE_SYNTAX_ERROR" -> "De SQL klopt niet bij " + p.getOrDefault("error", "?") + p.getOrDefault("hint", "") + ".";
            case "PARSE_EMPTY_STATEMENT" -> "Geen SQL gegeven.";
            case "TABLE_OR_VIEW_NOT_FOUND" -> "Onbekende tabel " + p.getOrDefault("relationName", "?") + ".";
            case "UNRESOLVED_COLUMN", "UNRESOLVED_FIELD" -> "Onbekende kolom " + p.getOrDefault("objectName", p.getOrDefault("fieldName", "?"))
                    + (p.containsKey("proposal") ? "; bedoelt u een van: " + p.get("proposal") : "") + ".";
            case "UNRESOLVED_ROUTINE" -> "Onbekende functie " + p.getOrDefault("routineName", "?") + ".";
            case "MISSING_AGGREGATION", "MISSING_GROUP_BY" -> "Een kolom staat niet in GROUP BY en is geen aggregaat: "
                    + p.getOrDefault("expression", "?") + ".";
            case "DATATYPE_MISMATCH" -> "Typen passen niet bij " + p.getOrDefault("sqlExpr", "een expressie") + ".";
            case "DIVIDE_BY_ZERO" -> "Deling door nul; gebruik try_divide of nullif.";
            case "CAST_INVALID_INPUT" -> "Waarde " + p.getOrDefault("expression", "?") + " is geen " + p.getOrDefault("targetType", "?") + ".";
            case "AMBIGUOUS_REFERENCE" -> "Kolom " + p.getOrDefault("name", "?") + " is dubbelzinnig; noem de tabel erbij.";
            case "WRONG_NUM_ARGS" -> "Verkeerd aantal argumenten voor " + p.getOrDefault("functionName", "een functie") + ".";
            case "EXPECT_TABLE_NOT_VIEW", "EXPECT_VIEW_NOT_TABLE", "UNSUPPORTED_FEATURE" -> "Alleen lezen: dit kan niet in vroeg sql.";
            case "SCHEMA_NOT_FOUND" -> "Onbekende laag " + p.getOrDefault("schemaName", "?") + "; lagen: " + String.join(", ", Lake.LAYERS) + ".";
            case "NUM_COLUMNS_MISMATCH" -> "De delen van " + p.getOrDefault("operator", "de query")
                    + " hebben niet evenveel kolommen.";
            case "INCOMPATIBLE_COLUMN_TYPE" -> "Kolom " + p.getOrDefault("columnOrdinalNumber", "?") + " van de delen van "
                    + p.getOrDefault("operator", "de query") + " heeft niet hetzelfde type.";
            case "ARITHMETIC_OVERFLOW", "CAST_OVERFLOW" -> "Getal te groot voor zijn type; gebruik try_add, try_multiply of cast naar bigint of decimal.";
            case "INVALID_ARRAY_INDEX", "INVALID_ARRAY_INDEX_IN_ELEMENT_AT" -> "Index buiten de array; gebruik try_element_at.";
            case "GROUP_BY_POS_OUT_OF_RANGE", "ORDER_BY_POS_OUT_OF_RANGE" -> "Een kolomnummer in GROUP BY of ORDER BY bestaat niet.";
            case "NESTED_AGGREGATE_FUNCTION" -> "Een aggregaat binnen een aggregaat kan niet; gebruik een subquery.";
            case "GROUP_BY_AGGREGATE" -> "In GROUP BY kan geen aggregaat staan.";
            case "INVALID_WHERE_CONDITION" -> "In WHERE kan geen aggregaat of vensterfunctie staan; gebruik HAVING of een subquery.";
            case "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE" -> "Vensterfunctie zonder OVER (...).";
            case "DELTA_FILE_NOT_FOUND_DETAILED", "DELTA_FILE_NOT_FOUND", "FAILED_READ_FILE" -> "De bestanden van deze tabelversie zijn"
                    + " er niet meer (opgeruimd door vroeg purge); lees een latere versie of een later tijdstip.";
            default -> "De query kan niet worden uitgevoerd (Spark: " + condition + "): " + firstLine(error.getMessage());
        };
        return new Vroeg.UserError(message, 2, error);
    }

    /** The first line of Spark's message, without its {@code [CONDITION]} prefix and plan. */
    private static String firstLine(String message) {
        if (message == null) return "";
        String line = message.lines().findFirst().orElse("").strip();
        return line.replaceFirst("^\\[[A-Z_.]+]\\s*", "");
    }
}
