package nl.vroeg.dashboards;

import org.apache.spark.sql.Row;

/** Renders rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for NULL, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static String line(Row row) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < row.length(); i++) {
            if (i > 0) line.append('\t');
            appendValue(line, row.get(i));
        }
        return line.append('\n').toString();
    }

    /**
     * Dates print as ISO (yyyy-mm-dd), which PostgreSQL reads under any DateStyle; doubles print in Java's shortest
     * round-trip form, which PostgreSQL parses back to the same double.
     */
    private static void appendValue(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String text) {
            appendEscaped(line, text);
        } else if (value instanceof scala.collection.Seq<?> names) {
            // a text[] of column names (plain identifiers): {a,b}
            line.append('{').append(names.mkString(",")).append('}');
        } else {
            line.append(value); // Long, Double, Boolean, LocalDate or java.sql.Date: no characters to escape
        }
    }

    private static void appendEscaped(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
