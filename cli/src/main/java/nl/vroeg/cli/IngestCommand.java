package nl.vroeg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
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
        requireExisting(paths);
        IngestJob.Result result = ingest(lakeOption.lake(), paths);
        if (result.anyRejected()) return Vroeg.INPUT_REJECTED;
        return result.anyDataQualityError() ? Vroeg.DATA_QUALITY_ERROR : Vroeg.OK;
    }

    /** A missing path is a usage error before the key is read and Spark starts. */
    static void requireExisting(List<Path> paths) {
        List<String> missing = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new Vroeg.UserError("Bestaat niet: " + String.join(", ", missing) + ". Er is niets ingelezen.", Vroeg.USAGE_ERROR);
        }
    }

    /** Ingests with the key of $VROEG_SLEUTEL_BESTAND; a refused key is its own exit code, with nothing written. */
    static IngestJob.Result ingest(Lake lake, List<Path> paths) {
        try {
            Pseudonymiser key = Pseudonymiser.fromEnvironment();
            return new IngestJob(VroegSpark.session(), lake, key, System.err::println).ingest(paths);
        } catch (Pseudonymiser.RefusedKeyException refused) { // a shared, weak or foreign key
            throw new Vroeg.UserError(refused.getMessage(), SleutelCommand.REFUSED);
        }
    }
}
