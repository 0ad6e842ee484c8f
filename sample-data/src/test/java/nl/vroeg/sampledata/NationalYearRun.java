package nl.vroeg.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * Not a test: measures generating a national year by hand.
 * {@code java -cp <test classpath> nl.vroeg.sampledata.NationalYearRun /tmp/uit [2025]}
 */
public final class NationalYearRun {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "national-year");
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        GeneratorSettings settings = new GeneratorSettings(GeneratorSettings.parseMunicipalities("alle"), YearMonth.of(year, 1),
                YearMonth.of(year, 12), 2025L);
        long start = System.nanoTime();
        SampleDataGenerator.Output output = new SampleDataGenerator(settings).generate(dir, System.out::println);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("National year %d: %d files in %.1f s, %.1f MB; heap used at end %d MB%n", year, output.all().size(),
                millis / 1000.0, bytes / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1_000_000);
    }
}
