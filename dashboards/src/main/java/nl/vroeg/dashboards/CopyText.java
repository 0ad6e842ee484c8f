package nl.vroeg.dashboards;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

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
     * Dates print as ISO (yyyy-mm-dd) and instants as ISO-8601 with Z, which PostgreSQL reads under any DateStyle;
     * doubles print in Java's shortest round-trip form, which PostgreSQL parses back to the same double.
     */
    private static void appendValue(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String text) {
            appendEscaped(line, text);
        } else if (value instanceof scala.collection.Seq<?> seq) {
            appendEscaped(line, arrayLiteral(CollectionConverters.asJava(seq)));
        } else if (value instanceof List<?> list) {
            appendEscaped(line, arrayLiteral(list));
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else {
            line.append(value); // Long, Integer, Double, Boolean, LocalDate, Instant: no characters to escape
        }
    }

    /** A text[] literal with every element quoted ({"a b","c\"d",NULL}), so any text survives. */
    static String arrayLiteral(List<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (Object element : elements) {
            if (literal.length() > 1) literal.append(',');
            if (element == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return literal.append('}').toString();
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
