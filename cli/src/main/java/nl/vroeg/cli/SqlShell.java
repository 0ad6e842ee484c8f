package nl.vroeg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * {@code vroeg sql} without a query: statements typed (or read from a script) one after the other on one
 * {@link SqlSandbox}, so its Spark session and registered tables serve every statement. Each statement goes through
 * {@link SqlSandbox#run}, the same walls as a single query; the dot-commands only print, or choose where results go.
 */
final class SqlShell {

    static final String PROMPT = "vroeg> ";
    static final String CONTINUATION = "  ...> ";

    static final String HELP = """
            Typ SQL en sluit af met ; (een opdracht mag over meerdere regels lopen). Alleen lezen: SELECT, WITH,
            VALUES, TABLE, SHOW, DESCRIBE en EXPLAIN over de tabellen van het lake.
              .tabellen                  de tabellen van het lake per laag, met hun beschrijving
              .beschrijf TABEL           de kolommen van TABEL met type en beschrijving
              .uitvoer csv BESTAND       resultaten als CSV naar BESTAND (elk resultaat vervangt het bestand;
                                         ook: .uitvoer excel-csv BESTAND)
              .uitvoer tabel             resultaten weer als tabel op het scherm
              .help                      deze uitleg
              .stop                      stoppen (of Ctrl-D)""";

    private final SqlSandbox sandbox;
    private final Lake lake;
    private final String asOf;
    private final SqlOutput.Format screenFormat;
    private final PrintWriter out;
    /** Where results go: null for the screen. */
    private Path file;
    private SqlOutput.Format fileFormat;
    /** Whether each statement's time is shown (in the shell, not in a script's output). */
    private boolean timed;

    SqlShell(SqlSandbox sandbox, Lake lake, String asOf, SqlOutput.Format screenFormat, PrintWriter out) {
        this.sandbox = sandbox;
        this.lake = lake;
        this.asOf = asOf;
        this.screenFormat = screenFormat;
        this.out = out;
    }

    /**
     * Runs a script's statements in order. The first that fails stops the script: its error, naming the statement
     * and its line, is thrown (exit 2 for a refused or wrong statement).
     */
    void runScript(Path script) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Vroeg.UserError("Kan " + script + " niet lezen: " + e.getMessage(), Vroeg.USAGE_ERROR, e);
        }
        SqlStatements.Split split = SqlStatements.split(text);
        List<SqlStatements.Statement> statements = new ArrayList<>(split.complete());
        if (!split.rest().isEmpty()) statements.add(new SqlStatements.Statement(split.rest().strip(), 0)); // the last may lack its ;
        for (int i = 0; i < statements.size(); i++) {
            try {
                execute(statements.get(i).sql());
            } catch (RuntimeException e) {
                Vroeg.UserError dutch = asUserError(e);
                int line = statements.get(i).line();
                throw new Vroeg.UserError(script.getFileName() + ", opdracht " + (i + 1) + (line > 0 ? " (regel " + line + ")" : "")
                        + ": " + dutch.getMessage(), dutch.exitCode, e);
            }
        }
    }

    /**
     * Reads statements and dot-commands until {@code .stop} or the end of the input. An error is printed as one
     * Dutch line and the shell goes on; Ctrl-C forgets the statement being typed.
     */
    void interactive(Terminal terminal, Path history) {
        LineReader reader = reader(terminal, history);
        timed = true;
        PrintWriter err = out; // one stream: a refusal shows between the results around it
        out.println("vroeg sql op " + lake.root() + (asOf == null ? "" : " zoals op " + asOf) + ". Sluit opdrachten af met ;"
                + " en typ .help voor uitleg, .stop om te stoppen.");
        StringBuilder typed = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(typed.isEmpty() ? PROMPT : CONTINUATION);
            } catch (UserInterruptException e) {
                typed.setLength(0);
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (typed.isEmpty() && line.strip().startsWith(".")) {
                try {
                    if (!dotCommand(line.strip())) break;
                } catch (RuntimeException e) {
                    report(e, err);
                }
                continue;
            }
            typed.append(line).append('\n');
            SqlStatements.Split split = SqlStatements.split(typed.toString());
            typed.setLength(0);
            typed.append(split.rest());
            for (SqlStatements.Statement statement : split.complete()) {
                try {
                    execute(statement.sql());
                } catch (RuntimeException e) {
                    report(e, err);
                }
            }
            if (SqlStatements.isBlank(typed.toString())) typed.setLength(0);
        }
        out.flush();
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            err.println("vroeg: de geschiedenis is niet bewaard: " + e.getMessage());
        }
    }

    /** Runs one statement through the sandbox and prints its result where results go. */
    void execute(String sql) {
        long start = System.nanoTime();
        Dataset<Row> result = sandbox.run(sql, asOf);
        try {
            if (file == null) {
                SqlOutput.print(result, screenFormat, out);
                if (timed) out.println(String.format(Locale.forLanguageTag("nl-NL"), "(%.1f s)", (System.nanoTime() - start) / 1e9));
                return;
            }
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                SqlOutput.print(result, fileFormat, writer);
            } catch (IOException e) {
                throw new Vroeg.UserError("Kan " + file + " niet schrijven: " + e.getMessage(), Vroeg.FAILURE, e);
            }
            out.println("Resultaat geschreven naar " + file + ".");
        } catch (Exception e) { // Spark's checked AnalysisException, raised while reading
            throw SqlSandbox.translated(e);
        }
    }

    /** @return false for {@code .stop} */
    boolean dotCommand(String command) {
        String[] words = command.split("\\s+", 3);
        switch (words[0]) {
            case ".stop" -> {
                return false;
            }
            case ".help" -> out.println(HELP);
            case ".tabellen" -> SqlOutput.print(Catalogue.overview(sandbox.session(), lake, false), SqlOutput.Format.table, out);
            case ".beschrijf" -> {
                if (words.length != 2) throw new Vroeg.UserError("Gebruik: .beschrijf TABEL (bijv. .beschrijf gold.gemeente_maand).", 2);
                execute("describe " + words[1]);
            }
            case ".uitvoer" -> output(words);
            default -> throw new Vroeg.UserError("Onbekende opdracht " + words[0] + "; typ .help voor de opdrachten.", 2);
        }
        out.flush();
        return true;
    }

    private void output(String[] words) {
        if (words.length == 2 && words[1].equals("tabel")) {
            file = null;
            out.println("Resultaten gaan naar het scherm.");
            return;
        }
        if (words.length != 3 || !(words[1].equals("csv") || words[1].equals("excel-csv"))) {
            throw new Vroeg.UserError("Gebruik: .uitvoer csv BESTAND, .uitvoer excel-csv BESTAND of .uitvoer tabel.", 2);
        }
        fileFormat = SqlOutput.Format.of(words[1]);
        file = outputFile(words[2].strip(), lake);
        out.println("Resultaten gaan als " + words[1] + " naar " + file + ".");
    }

    /** A file results may go to: in an existing folder, not a folder itself, and never inside the lake. */
    static Path outputFile(String name, Lake lake) {
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new Vroeg.UserError("De map van " + file + " bestaat niet.", 2);
        }
        if (Files.isDirectory(file)) throw new Vroeg.UserError(file + " is een map; geef een bestand.", 2);
        if (lake.contains(file)) throw new Vroeg.UserError("Niet in het lake schrijven: kies een bestand buiten " + lake.root() + ".", 2);
        return file;
    }

    /** The line reader: history in {@code history} (none when null), and SQL's {@code !} left alone. */
    private static LineReader reader(Terminal terminal, Path history) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("vroeg sql")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // else "!=" would expand history
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false); // indented lines of a statement are history too
        if (history != null) {
            privateFile(history);
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }

    /** Typed statements may hold pseudonyms or ids: the history file is readable by its owner only. */
    private static void privateFile(Path history) {
        try {
            if (!Files.exists(history)) Files.createFile(history);
            Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions, or a home we cannot write: JLine then keeps what it can
        }
    }

    private static void report(RuntimeException e, PrintWriter err) {
        err.println("vroeg: " + asUserError(e).getMessage());
        if (System.getenv("VROEG_DEBUG") != null) e.printStackTrace(err);
        err.flush();
    }

    private static Vroeg.UserError asUserError(RuntimeException e) {
        RuntimeException translated = SqlSandbox.translated(e);
        return translated instanceof Vroeg.UserError user ? user
                : new Vroeg.UserError(translated.getClass().getSimpleName() + ": " + translated.getMessage(), Vroeg.FAILURE, e);
    }

    /** The history file, in the user's home and never inside the lake (null: no history). */
    static Path historyFile(Lake lake) {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank()) return null;
        Path history = Path.of(home, ".vroeg_sql_history").toAbsolutePath().normalize();
        return history.startsWith(lake.root()) ? null : history;
    }
}
