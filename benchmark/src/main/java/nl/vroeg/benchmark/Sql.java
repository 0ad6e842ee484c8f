package nl.vroeg.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers for the DuckDB SQL the baseline sends: string literals and the statements of a resource file. */
final class Sql {

    private Sql() {
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The statements of a classpath resource, split on a semicolon at the end of a line. */
    static List<String> statements(String resource) {
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(text.split(";\\s*(\\n|$)"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip())
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
