package nl.vroeg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Alleen-lezen SQL over het lake: bronze.*, silver.*, gold.*, quarantaine.*, ops.*.",
                "Toegestaan: SELECT/WITH/VALUES/TABLE, SHOW, DESCRIBE, EXPLAIN; al het andere wordt geweigerd (exit 2).",
                "Zonder QUERY: een interactieve sessie (opdrachten afsluiten met ;, .help voor uitleg); met -f een scriptbestand.",
                "Voorbeeld: vroeg sql --format csv \"select * from gold.gemeente_maand\""})
final class SqlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAAT",
            description = "table (standaard), csv (met kopregel, waarden precies zoals in het lake) of excel-csv"
                    + " (puntkomma's, decimale komma's, formules onschadelijk gemaakt).")
    String format;

    @Option(names = "--as-of", paramLabel = "VERSIE", description = "Lees de tabellen zoals ze waren: een tijdstip"
            + " (bijv. 2025-03-01 12:00:00, UTC) voor alle tabellen, of een Delta-versie (getal) bij een query over één tabel.")
    String asOf;

    @Option(names = {"-f", "--bestand"}, paramLabel = "SCRIPT", description = "Voer de opdrachten (gescheiden door ;) uit dit bestand uit;"
            + " de eerste die faalt stopt het script.")
    Path script;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "De SQL-query; zonder: een interactieve sessie.")
    String query;

    @Override
    public Integer call() {
        SqlOutput.Format output = SqlOutput.Format.of(format);
        if (script != null && query != null) throw new Vroeg.UserError("Geef een QUERY of -f SCRIPT, niet allebei.", Vroeg.USAGE_ERROR);
        if (script != null) readableScript(script);
        Lake lake = lakeOption.lake();
        SqlSandbox sandbox = SqlSandbox.open(lake);
        PrintWriter out = spec.commandLine().getOut();
        if (query != null) {
            try {
                SqlOutput.print(sandbox.run(query, asOf), output, out);
            } catch (Exception e) { // also Spark's (checked) AnalysisException, thrown while reading
                throw SqlSandbox.translated(e);
            }
        } else if (script != null) {
            new SqlShell(sandbox, lake, asOf, output, out).runScript(script);
        } else {
            try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
                new SqlShell(sandbox, lake, asOf, output, terminal.writer()).interactive(terminal, SqlShell.historyFile(lake));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Vroeg.OK;
    }

    /** A script must be a readable regular file: checked before Spark starts. */
    private static void readableScript(Path script) {
        if (!Files.exists(script)) throw new Vroeg.UserError("Scriptbestand " + script + " bestaat niet.", Vroeg.USAGE_ERROR);
        if (!Files.isRegularFile(script)) throw new Vroeg.UserError(script + " is geen gewoon bestand.", Vroeg.USAGE_ERROR);
        if (!Files.isReadable(script)) throw new Vroeg.UserError("Scriptbestand " + script + " is niet leesbaar.", Vroeg.USAGE_ERROR);
    }
}
