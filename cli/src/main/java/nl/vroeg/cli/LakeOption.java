package nl.vroeg.cli;

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
}
