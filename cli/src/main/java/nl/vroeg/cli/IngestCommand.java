package nl.vroeg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Leest leveringen (bestanden en mappen) in het lake in: gepseudonimiseerd, elk bestand hooguit eenmaal.",
                "De sleutel komt uit het bestand in $" + Pseudonymiser.KEY_FILE_VARIABLE + "."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Parameters(arity = "1..*", paramLabel = "PAD", description = "Bestanden of mappen met leveringen.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<String> missing = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) { // before the key is read and Spark starts
            throw new Vroeg.UserError("Bestaat niet: " + String.join(", ", missing) + ". Er is niets ingelezen.", Vroeg.USAGE_ERROR);
        }
        IngestJob.Result result;
        try {
            Pseudonymiser key = Pseudonymiser.fromEnvironment();
            result = new IngestJob(VroegSpark.session(), lakeOption.lake(), key, System.err::println).ingest(paths);
        } catch (Pseudonymiser.RefusedKeyException refused) { // a shared, weak or foreign key: nothing was written
            throw new Vroeg.UserError(refused.getMessage(), SleutelCommand.REFUSED);
        }
        if (result.anyRejected()) return Vroeg.INPUT_REJECTED;
        return result.anyDataQualityError() ? Vroeg.DATA_QUALITY_ERROR : Vroeg.OK;
    }
}
