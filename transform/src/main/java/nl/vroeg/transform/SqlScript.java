package nl.vroeg.transform;

import java.util.ArrayList;
import java.util.List;

/** A SQL file of several statements, for Spark, which runs one statement per call. */
final class SqlScript {

    private SqlScript() {
    }

    /** The statements: each ends with a semicolon at the end of a line that is not a comment. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.strip();
            if (!code.startsWith("--") && code.endsWith(";")) {
                statements.add(statement.append(line, 0, line.lastIndexOf(';')).toString());
                statement.setLength(0);
            } else {
                statement.append(line).append('\n');
            }
        }
        if (!statement.toString().isBlank()) statements.add(statement.toString());
        return statements;
    }
}
