package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official DDAS examples are copied byte for byte. */
class OfficialExamplesTest {

    /** The project's reference copy, when the tests run inside the project's workspace. */
    private static final Path SHARED_REFERENCE = Path.of("/work/shared/reference/ddas-v0.9");

    @TempDir
    Path dir;

    @Test
    void writesBothExamplesUnchanged() throws IOException {
        List<Path> written = SampleDataGenerator.writeOfficialExamples(dir.resolve("voorbeelden"));

        assertEquals(List.of("enkelvoudigVoorbeeld.json", "meervoudigVoorbeeld.json"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : written) {
            byte[] bytes = Files.readAllBytes(file);
            try (InputStream shipped = getClass().getResourceAsStream("/ddas-voorbeelden/" + file.getFileName())) {
                assertArrayEquals(shipped.readAllBytes(), bytes, file.getFileName() + " differs from the shipped copy");
            }
            Path reference = SHARED_REFERENCE.resolve(file.getFileName());
            if (Files.exists(reference)) {
                assertArrayEquals(Files.readAllBytes(reference), bytes, file.getFileName() + " differs from " + reference);
            }
        }
    }
}
