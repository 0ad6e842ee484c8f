package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same settings give byte-identical files (deliveries, partner event files, policy); another seed gives other data. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalBytesAndOtherSeedDiffers() throws IOException {
        GeneratorSettings demo = GeneratorSettings.demo();
        List<Path> first = new SampleDataGenerator(demo).writeDeliveries(dir.resolve("a"), message -> { });
        List<Path> second = new SampleDataGenerator(demo).writeDeliveries(dir.resolve("b"), message -> { });
        GeneratorSettings otherSeed = new GeneratorSettings(demo.gemeentecodes(), demo.van(), demo.tot(), demo.seed() + 1);
        List<Path> other = new SampleDataGenerator(otherSeed).writeDeliveries(dir.resolve("c"), message -> { });

        assertEquals(names(first), names(second));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).getFileName() + " differs");
        }
        assertEquals(names(first), names(other), "same suppliers and months");
        for (int i = 0; i < first.size(); i++) {
            assertFalse(Arrays.equals(Files.readAllBytes(first.get(i)), Files.readAllBytes(other.get(i))),
                    other.get(i).getFileName() + " did not change with the seed");
        }
    }

    @Test
    void everyGeneratedFileIsByteIdenticalAgain() throws IOException, InterruptedException {
        // the partner event files (CSV and XLSX, whose metadata would otherwise hold the clock) and gemeentebeleid.csv too
        GeneratorSettings settings = new GeneratorSettings(List.of("GM0093"), YearMonth.of(2025, 1), YearMonth.of(2025, 2), 8L);
        List<Path> first = new SampleDataGenerator(settings).generate(dir.resolve("d"), message -> { }).all();
        Thread.sleep(1100); // a timestamp taken from the clock (seconds) would differ
        List<Path> second = new SampleDataGenerator(settings).generate(dir.resolve("e"), message -> { }).all();
        assertEquals(names(first), names(second));
        assertTrue(names(first).stream().anyMatch(n -> n.endsWith(".xlsx")), names(first).toString());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).getFileName() + " differs");
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
