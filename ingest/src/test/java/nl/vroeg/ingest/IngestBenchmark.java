package nl.vroeg.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SharedTestFolder;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test (Surefire runs *Test classes only): the ingest figures of docs/BENCHMARKS.md. Run under
 * {@code /usr/bin/time -v} (peak RSS) with {@code java -Xmx2g <Spark JVM flags> -cp <test classpath>
 * nl.vroeg.ingest.IngestBenchmark MODE}:
 * <ul>
 *   <li>{@code kleine-bestanden N}: N one-row partner event CSVs in one ingest run (the cost per file);</li>
 *   <li>{@code demo}: the demo's generated deliveries and the official DDAS examples;</li>
 *   <li>{@code groot MB}: one synthetic DDAS file of about MB megabytes (a single levering, signals with a case
 *       each), to show the heap a big file needs.</li>
 * </ul>
 * The lake is initialised (tables, CBS reference) before the clock starts; files and lake live in a temporary
 * folder that is deleted afterwards.
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vroeg-ingest-benchmark");
        try {
            Path invoer = Files.createDirectories(dir.resolve("invoer"));
            List<Path> files = switch (args[0]) {
                case "kleine-bestanden" -> smallPartnerFiles(invoer, Integer.parseInt(args[1]));
                case "demo" -> demoFiles(invoer);
                case "groot" -> List.of(bigDdasFile(invoer.resolve("groot.json"), Long.parseLong(args[1]) << 20));
                default -> throw new IllegalArgumentException("kleine-bestanden N | demo | groot MB");
            };
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            SparkSession spark = VroegSpark.session();
            Lake lake = new Lake(dir.resolve("lake"));
            Pseudonymiser key = SparkTest.testKey(dir);
            new IngestJob(spark, lake, key, line -> { }).ingest(List.of()); // tables and CBS reference: not measured

            long start = System.nanoTime();
            IngestJob.Result result = new IngestJob(spark, lake, key, IngestBenchmark::progress).ingest(List.of(invoer));
            double seconds = (System.nanoTime() - start) / 1e9;
            long landed = result.files().stream().filter(f -> f.outcome() == IngestJob.Outcome.INGELEZEN).count();
            long records = spark.read().format("delta").load(lake.location(nl.vroeg.lake.Table.LEVERINGEN).toString())
                    .agg(org.apache.spark.sql.functions.sum("gelezen")).first().getLong(0);
            System.out.printf("RESULTAAT %s: %d bestanden (%d ingelezen), %,d bytes, %,d records gelezen, wall %.1f s,"
                            + " %.2f s per bestand, max heap %d MB%n", String.join(" ", args), files.size(), landed, bytes,
                    records, seconds, seconds / files.size(), Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            SharedTestFolder.deleteRecursively(dir);
        }
        System.exit(0); // Spark's threads
    }

    private static void progress(String line) {
        if (!line.startsWith("[")) System.out.println(line);
    }

    private static List<Path> smallPartnerFiles(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve(String.format("gebeurtenissen-%05d.csv", i));
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i % 300);
            Files.writeString(file, "partnertype;partner;gebeurtenis;datum;gemeentecode;postcode;huisnummer\n"
                    + "Energie;Energiebedrijf " + i + ";AFSLUITING;" + day + ";GM0363;" + (1000 + i % 9000) + "AB;" + (1 + i % 200) + "\n");
            files.add(file);
        }
        return files;
    }

    private static List<Path> demoFiles(Path dir) {
        List<Path> files = new ArrayList<>(new SampleDataGenerator(GeneratorSettings.demo()).writeDeliveries(dir.resolve("leveringen"), line -> { }));
        files.addAll(SampleDataGenerator.writeOfficialExamples(dir.resolve("ddas-voorbeelden")));
        return files;
    }

    /** One levering of GM0363 with signals (each with a client) and one case per signal, until the file has {@code bytes}. */
    static Path bigDdasFile(Path file, long bytes) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("codeGegevensleverancier", "BENCH");
            g.writeStringField("startdatumLevering", "2025-01-01");
            g.writeStringField("einddatumLevering", "2025-01-31");
            g.writeStringField("aanleverdatumEnTijd", "2025-02-05T10:30:00Z");
            g.writeArrayFieldStart("leveringen");
            g.writeStartObject();
            g.writeNumberField("teller", 1);
            g.writeStringField("gemeentecode", "GM0363");
            g.writeObjectFieldStart("aanleverende_organisatie");
            g.writeStringField("naam", "Benchmark");
            g.writeEndObject();
            // Signals first, then their cases: together about 357 bytes per signal (measured: groot 1024 with the
            // earlier estimate of 640 wrote 599 MB for 1.68 million signals).
            long signals = bytes / 357;
            g.writeArrayFieldStart("vroegsignalen");
            for (long i = 0; i < signals; i++) {
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i % 31);
                g.writeStartObject();
                g.writeStringField("ID", "B-" + i);
                g.writeObjectFieldStart("signaalpartner");
                g.writeStringField("type", i % 3 == 0 ? "Huur" : i % 3 == 1 ? "Energie" : "Water");
                g.writeEndObject();
                g.writeStringField("signaaldatum", day.toString());
                g.writeNumberField("bedrag", 100 + i % 2000);
                g.writeStringField("status", "Nog niet opgepakt");
                g.writeObjectFieldStart("client");
                g.writeStringField("Burgerservicenummer", String.format("%09d", 100_000_000 + i));
                g.writeStringField("Achternaam", "Achternaam" + i % 5000);
                g.writeStringField("Geboortedatum", LocalDate.of(1950, 1, 1).plusDays(i % 18000).toString());
                g.writeStringField("Postcode", (1000 + i % 9000) + "AB");
                g.writeStringField("Huisnummer", String.valueOf(1 + i % 300));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("vroegsignaalzaken");
            for (long i = 0; i < signals; i++) {
                g.writeStartObject();
                g.writeArrayFieldStart("vroegsignalen");
                g.writeStartObject();
                g.writeStringField("ID", "B-" + i);
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("resultaat", "Definitief geen contact kunnen krijgen");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }
}
