package nl.vroeg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroeg.lake.Lake;
import picocli.CommandLine.Option;

/** The global {@code --lake DIR} (default: $VROEG_LAKE, else ./lake). */
final class LakeOption {

    @Option(names = "--lake", paramLabel = "MAP", description = "Map van het lake (standaard: $VROEG_LAKE of ./lake).")
    Path dir;

    Lake lake() {
        if (dir != null) return new Lake(dir);
        String fromEnvironment = System.getenv("VROEG_LAKE");
        return new Lake(Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "lake"));
    }

    /** The lake of a command that needs one that exists: a wrong folder is a usage error before Spark starts. */
    Lake existingLake() {
        Lake lake = lake();
        if (!Files.isDirectory(lake.root())) {
            throw new Vroeg.UserError("Geen lake in " + lake.root() + ": die map bestaat niet. Geef --lake MAP of zet"
                    + " $VROEG_LAKE; een nieuw lake begint met 'vroeg ingest'.", Vroeg.USAGE_ERROR);
        }
        return lake;
    }
}
