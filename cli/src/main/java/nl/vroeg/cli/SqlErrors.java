package nl.vroeg.cli;

import java.util.Map;
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
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof Vroeg.UserError userError) return userError;
            if (e instanceof SparkThrowable spark && spark.getCondition() != null) return userError(e);
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
