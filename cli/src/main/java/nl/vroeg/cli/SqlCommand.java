package nl.vroeg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Alleen-lezen SQL over het lake: bronze.*, silver.*, gold.*, quarantaine.*, ops.*.",
                "Toegestaan: SELECT/WITH/VALUES/TABLE, SHOW, DESCRIBE, EXPLAIN; al het andere wordt geweigerd (exit 2).",
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

    @Parameters(index = "0", paramLabel = "QUERY", description = "De SQL-query.")
    String query;

    @Override
    public Integer call() {
        SqlOutput.Format output = SqlOutput.Format.of(format);
        SqlSandbox sandbox = SqlSandbox.open(lakeOption.lake());
        PrintWriter out = spec.commandLine().getOut();
        try {
            SqlOutput.print(sandbox.run(query, asOf), output, out);
        } catch (Exception e) { // also Spark's (checked) AnalysisException, thrown while reading
            throw SqlSandbox.translated(e);
        }
        return Vroeg.OK;
    }
}
