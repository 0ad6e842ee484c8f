package nl.vroeg.cli;

import java.util.concurrent.Callable;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tabellen", mixinStandardHelpOptions = true,
        description = {"De tabellen van het lake per laag: beschrijving en grain (uit de documentatie naast de modellen),"
                + " aantal rijen en laatste wijziging (Delta-geschiedenis). Alleen lezen.",
                "De kolommen van een tabel: vroeg sql \"describe gold.gemeente_maand\"."})
final class TabellenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAAT", description = "table (standaard), csv of excel-csv.")
    String format;

    @Override
    public Integer call() {
        SqlOutput.Format output = SqlOutput.Format.of(format);
        var lake = lakeOption.existingLake();
        SqlOutput.print(Catalogue.overview(VroegSpark.session(), lake, true), output, spec.commandLine().getOut());
        return Vroeg.OK;
    }
}
