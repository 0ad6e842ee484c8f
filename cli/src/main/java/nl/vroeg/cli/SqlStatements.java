package nl.vroeg.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text cut into statements at each {@code ;} outside quotes ({@code '...'}, {@code "..."}, {@code `...`}) and
 * comments ({@code --} to the end of the line, {@code /* ... *}{@code /}), as a script or the shell's typed lines
 * need it. Only cuts: every statement still goes through the sandbox's own parser.
 */
final class SqlStatements {

    /** A complete statement (without its {@code ;}) and the line of the text it starts on (1 = first). */
    record Statement(String sql, int line) {
    }

    /** The complete statements, and the text after the last {@code ;} (blank when nothing is left open). */
    record Split(List<Statement> complete, String rest) {
    }

    private SqlStatements() {
    }

    static Split split(String text) {
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        int line = 1;
        int startLine = 1;
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') line++;
            if (lineComment) {
                if (c == '\n') lineComment = false;
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                }
            } else if (quote != 0) {
                if (c == '\\' && quote != '`') i++; // Spark's backslash escapes in string literals
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '-' && next == '-') {
                lineComment = true;
                i++;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                i++;
            } else if (c == ';') {
                String sql = text.substring(start, i);
                if (!isBlank(sql)) statements.add(new Statement(sql.strip(), startLine + leadingNewlines(sql)));
                start = i + 1;
                startLine = line;
            }
        }
        String rest = text.substring(start);
        return new Split(statements, isBlank(rest) ? "" : rest);
    }

    /** Whether the text holds nothing but white space and comments. */
    static boolean isBlank(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\n]*", "").isBlank();
    }

    /** The lines before a statement's first word (white space and comments), so an error names its own line. */
    private static int leadingNewlines(String sql) {
        int n = 0;
        int i = 0;
        while (i < sql.length()) {
            int end;
            if (Character.isWhitespace(sql.charAt(i))) end = i + 1;
            else if (sql.startsWith("--", i)) end = sql.indexOf('\n', i) < 0 ? sql.length() : sql.indexOf('\n', i);
            else if (sql.startsWith("/*", i)) end = sql.indexOf("*/", i) < 0 ? sql.length() : sql.indexOf("*/", i) + 2;
            else break;
            n += (int) sql.substring(i, end).chars().filter(c -> c == '\n').count();
            i = end;
        }
        return n;
    }
}
