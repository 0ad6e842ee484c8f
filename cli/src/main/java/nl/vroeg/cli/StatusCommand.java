package nl.vroeg.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "De toestand van het lake: per tabel versie, rijen, grootte en bestanden; de laatste ingest en"
                + " transformatie; voorlopige maanden; datakwaliteitsfouten; quarantaine; of een purge nodig is. Alleen lezen.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Override
    public Integer call() {
        var lake = lakeOption.existingLake();
        new LakeStatus(VroegSpark.session(), lake, spec.commandLine().getOut()).print(LocalDate.now());
        return Vroeg.OK;
    }
}
