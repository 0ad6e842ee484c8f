package nl.vroeg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.MetadataBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code vroeg sql} without a query (the shell, through JLine on a dumb terminal) and with {@code -f SCRIPT}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlShellTest {

    Path dir;
    Lake lake;

    @BeforeAll
    void makeTheLake(@TempDir Path tempDir) {
        dir = tempDir;
        lake = new Lake(dir.resolve("lake"));
        SparkSession spark = VroegSpark.session();
        spark.sql("select 1 as x union all select 2 union all select 3")
                .select(functions.col("x").as("x", new MetadataBuilder().putString("comment", "Een getal").build()))
                .write().format("delta").save(lake.location("gold", "proef").toString());
        spark.sql("select 'a' as y").write().format("delta").save(lake.location("silver", "ander").toString());
    }

    /**
     * Types the lines into a shell on a dumb JLine terminal; returns what the shell printed (results and errors; the
     * terminal itself shows the prompts, from its own output pump). The input is a pipe kept open while the shell
     * runs, as a user's keyboard is: at the end of its stream JLine's input pump would end the reader early.
     */
    String shell(Path history, String... lines) throws IOException {
        StringWriter printed = new StringWriter();
        PipedInputStream keyboard = new PipedInputStream(1 << 16);
        try (PipedOutputStream typing = new PipedOutputStream(keyboard);
             Terminal terminal = TerminalBuilder.builder().system(false).streams(keyboard, new ByteArrayOutputStream())
                     .type(Terminal.TYPE_DUMB).build()) {
            typing.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
            SqlShell shell = new SqlShell(SqlSandbox.open(lake), lake, null, SqlOutput.Format.table, new PrintWriter(printed));
            shell.interactive(terminal, history);
        }
        return printed.toString();
    }

    @Test
    void theShellRunsStatementsOverLinesRefusesWritesAndGoesOn() throws IOException {
        Path history = dir.resolve("home/.vroeg_sql_history");
        Files.createDirectories(history.getParent());
        Path csv = dir.resolve("uit.csv");
        String shown = shell(history,
                "select count(*) as n",
                "  from gold.proef",
                "  where x != 2;",
                "insert into gold.proef values (9);",
                "select nee from gold.proef;",
                ".beschrijf gold.proef",
                ".tabellen",
                ".onbekend",
                ".uitvoer csv " + csv,
                "select x from gold.proef order by x; select 'tweede' as t;",
                ".uitvoer tabel",
                "select sum(x) as totaal from gold.proef;",
                ".stop",
                "select 'na de stop' as nooit;");
        assertTrue(shown.contains("| n |") && shown.contains("| 2 |"), "a statement over three lines, with != as typed: " + shown);
        assertTrue(shown.contains("vroeg: Alleen lezen: "), "the insert is refused in Dutch: " + shown);
        assertTrue(shown.contains("vroeg: Onbekende kolom"), shown);
        assertTrue(shown.contains("Een getal"), "describe shows the column's comment: " + shown);
        assertTrue(shown.contains("| gold        | proef") || shown.matches("(?s).*\\| gold\\s*\\| proef.*"), ".tabellen: " + shown);
        assertTrue(shown.contains("vroeg: Onbekende opdracht .onbekend"), shown);
        assertEquals("t\ntweede\n", Files.readString(csv), "each result replaces the file");
        assertTrue(shown.contains("| 6      |"), "after the refusals the shell went on, back to the screen: " + shown);
        assertTrue(!shown.contains("na de stop") && !shown.contains("nooit"), ".stop ends the shell");
        assertTrue(Files.readString(history).contains("where x != 2;"), "the history is kept where asked");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void resultsAreNeverWrittenIntoTheLake() throws IOException {
        String shown = shell(null, ".uitvoer csv " + lake.location("gold", "proef").resolve("x.csv"), ".stop");
        assertTrue(shown.contains("vroeg: Niet in het lake schrijven"), shown);
        assertEquals(null, SqlShell.historyFile(new Lake(Path.of(System.getProperty("user.home")))), "no history inside a lake");
    }

    @Test
    void aScriptRunsItsStatementsInOrderAndStopsAtTheFirstThatFails() throws IOException {
        Path script = Files.writeString(dir.resolve("vragen.sql"), """
                -- two queries; a ; inside a string does not end one
                select count(*) as n from gold.proef;
                select 'a;b' as t
                ;
                """);
        CliRun ok = CliRun.vroeg("sql", "--lake", lake.root().toString(), "--format", "csv", "-f", script.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("n\n3\nt\na;b\n", ok.out());

        Path wrong = Files.writeString(dir.resolve("fout.sql"), "select 1 as een;\n\ndrop table gold.proef;\nselect 2;\n");
        CliRun refused = CliRun.vroeg("sql", "--lake", lake.root().toString(), "--format", "csv", "-f", wrong.toString());
        assertEquals(2, refused.exitCode());
        assertEquals("een\n1\n", refused.out());
        assertTrue(refused.err().startsWith("vroeg: fout.sql, opdracht 2 (regel 3): Alleen lezen: "), refused.err());

        CliRun missing = CliRun.vroeg("sql", "--lake", lake.root().toString(), "-f", dir.resolve("nergens.sql").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("bestaat niet"), missing.err());
        CliRun folder = CliRun.vroeg("sql", "--lake", lake.root().toString(), "-f", dir.toString());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("geen gewoon bestand"), folder.err());
        CliRun both = CliRun.vroeg("sql", "--lake", lake.root().toString(), "-f", script.toString(), "select 1");
        assertEquals(2, both.exitCode());
    }

    @Test
    void statementsAreCutAtSemicolonsOutsideQuotesAndComments() {
        SqlStatements.Split split = SqlStatements.split("select ';' as a; -- x; y\nselect \"b;\" /* ; */ as b;\nselect `c;`");
        assertEquals(2, split.complete().size());
        assertEquals("select ';' as a", split.complete().get(0).sql());
        assertEquals(2, split.complete().get(1).line());
        assertEquals("\nselect `c;`", split.rest());
        assertEquals("", SqlStatements.split("select 1; -- klaar\n").rest());
    }
}
