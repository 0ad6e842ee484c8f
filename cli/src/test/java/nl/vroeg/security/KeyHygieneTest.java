package nl.vroeg.security;

import static nl.vroeg.cli.CliRun.vroeg;
import nl.vroeg.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeKeys;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Pseudonymiser.RefusedKeyException;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import nl.vroeg.sampledata.SampleDataGenerator;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 2: a key that is shared, weak, inside the lake or not the lake's own is refused; rotation is explicit. */
@ExtendWith(SparkTest.class)
class KeyHygieneTest {

    @TempDir
    Path dir;

    private Path ownerOnlyFile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aKeyFileReadableByGroupOrOthersIsRefused() throws IOException {
        Path file = dir.resolve("sleutel");
        Pseudonymiser.createKeyFile(file);
        Pseudonymiser.fromKeyFile(file); // owner-only: accepted
        for (String permissions : List.of("rw-r-----", "rw----r--", "rw-rw-rw-")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            var e = assertThrows(RefusedKeyException.class, () -> Pseudonymiser.fromKeyFile(file), permissions);
            assertTrue(e.getMessage().contains("ook voor anderen toegankelijk") && e.getMessage().contains("chmod 600"), e.getMessage());
        }
    }

    @Test
    void aWeakKeyIsRefusedAndARandomOneAccepted() throws IOException {
        for (String weak : List.of("aaaaaaaaaaaaaaaa", "abababababababababab", "0123456789abcdefghij", "zyxwvutsrqponmlkjihg")) {
            Path file = ownerOnlyFile("zwak-" + weak.substring(0, 4), weak);
            var e = assertThrows(RefusedKeyException.class, () -> Pseudonymiser.fromKeyFile(file), weak);
            assertTrue(e.getMessage().contains("zwakke sleutel"), e.getMessage());
            assertFalse(e.getMessage().contains(weak), "the message must not show the key");
        }
        for (int i = 0; i < 20; i++) {
            Path file = dir.resolve("goed" + i);
            Pseudonymiser.createKeyFile(file);
            Pseudonymiser.fromKeyFile(file);
        }
        Pseudonymiser.fromKeyFile(ownerOnlyFile("hex", "3f9a1c07e4b28d65"));
    }

    @Test
    void aKeyFileInsideTheLakeIsRefusedAlsoThroughASymbolicLink(SparkSession spark) throws IOException {
        Lake lake = new Lake(dir.resolve("lake"));
        Path inside = lake.root().resolve("sleutel.txt");
        Files.createDirectories(lake.root());
        Pseudonymiser.createKeyFile(inside);
        Path link = Files.createSymbolicLink(dir.resolve("sleutel-link"), inside);
        Path examples = dir.resolve("invoer");
        SampleDataGenerator.writeOfficialExamples(examples);
        for (Path keyFile : List.of(inside, link)) {
            var e = assertThrows(RefusedKeyException.class,
                    () -> new IngestJob(spark, lake, Pseudonymiser.fromKeyFile(keyFile), line -> { }).ingest(List.of(examples)));
            assertTrue(e.getMessage().contains("staat in het lake"), e.getMessage());
        }
        assertEquals(List.of(), lake.tableNames(), "nothing was written");
        // a lake folder reached through a symbolic link: the key is still inside it
        Path lakeLink = Files.createSymbolicLink(dir.resolve("lake-link"), lake.root());
        var e = assertThrows(RefusedKeyException.class, () -> Pseudonymiser.fromKeyFile(inside).requireOutside(new Lake(lakeLink)));
        assertTrue(e.getMessage().contains("staat in het lake"), e.getMessage());
    }

    @Test
    void aSecondDifferentKeyIsRefusedAndNothingLands(SparkSession spark) {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        List<Path> examples = SampleDataGenerator.writeOfficialExamples(dir.resolve("invoer"));
        Pseudonymiser first = SparkTest.testKey(dir.resolve("a"));
        Pseudonymiser second = SparkTest.testKey(dir.resolve("b"));
        new IngestJob(spark, lake, first, line -> { }).ingest(List.of(examples.get(0)));
        assertEquals(first.keyId(), new LakeKeys(spark, lake).current().orElseThrow());
        long signals = count(spark, lake, Table.SIGNALEN);

        var e = assertThrows(RefusedKeyException.class,
                () -> new IngestJob(spark, lake, second, line -> { }).ingest(List.of(examples.get(1))));
        assertTrue(e.getMessage().contains("niet de sleutel van het lake") && e.getMessage().contains(first.keyId())
                && e.getMessage().contains("vroeg sleutel roteer"), e.getMessage());
        assertEquals(signals, count(spark, lake, Table.SIGNALEN));

        // a lake from before ops.sleutels is judged by the key ids its rows record
        deleteTree(lake.location(Table.SLEUTELS));
        assertThrows(RefusedKeyException.class, () -> new IngestJob(spark, lake, second, line -> { }).ingest(List.of(examples.get(1))));
        new IngestJob(spark, lake, first, line -> { }).ingest(List.of(examples.get(1)));
        assertEquals(List.of(LakeKeys.EXISTING_LAKE), new LakeKeys(spark, lake).entries().stream().map(LakeKeys.Entry::aanleiding).toList());
    }

    @Test
    void rotationIsAnExplicitCommandThatRecordsTheNewKeyAndExplainsMatching(SparkSession spark) throws IOException {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        List<Path> examples = SampleDataGenerator.writeOfficialExamples(dir.resolve("invoer"));
        Path oldFile = dir.resolve("oud.sleutel");
        Path newFile = dir.resolve("nieuw.sleutel");
        Pseudonymiser.createKeyFile(oldFile);
        Pseudonymiser old = Pseudonymiser.fromKeyFile(oldFile);
        new IngestJob(spark, lake, old, line -> { }).ingest(List.of(examples.get(0)));

        CliRun made = vroeg("sleutel", "nieuw", "--bestand", newFile.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(newFile)));
        assertEquals(2, vroeg("sleutel", "nieuw", "--bestand", newFile.toString()).exitCode(), "never overwrites a key file");
        Pseudonymiser next = Pseudonymiser.fromKeyFile(newFile);

        CliRun wrongCurrent = vroeg("sleutel", "roteer", "--lake", lake.root().toString(), "--huidig-bestand", newFile.toString(),
                "--nieuw-bestand", oldFile.toString());
        assertEquals(2, wrongCurrent.exitCode(), wrongCurrent.err());
        assertTrue(wrongCurrent.err().contains("niet de sleutel van het lake"), wrongCurrent.err());

        CliRun rotated = vroeg("sleutel", "roteer", "--lake", lake.root().toString(), "--huidig-bestand", oldFile.toString(),
                "--nieuw-bestand", newFile.toString());
        assertEquals(0, rotated.exitCode(), rotated.err());
        assertTrue(rotated.out().contains(old.keyId() + " -> " + next.keyId()), rotated.out());
        assertTrue(rotated.out().contains("Koppelen over de rotatie heen werkt dus niet"), rotated.out());
        List<LakeKeys.Entry> entries = new LakeKeys(spark, lake).entries();
        assertEquals(List.of(old.keyId(), next.keyId()), entries.stream().map(LakeKeys.Entry::sleutelId).toList());
        assertEquals(entries.get(0).tot(), entries.get(1).van());
        assertNull(entries.get(1).tot());

        assertThrows(RefusedKeyException.class, () -> new IngestJob(spark, lake, old, line -> { }).ingest(List.of(examples.get(1))));
        new IngestJob(spark, lake, next, line -> { }).ingest(List.of(examples.get(1)));
        lake.register(spark);
        List<String> keyIds = spark.sql("select distinct sleutel_id from bronze.signalen order by 1").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(List.of(old.keyId(), next.keyId()).stream().sorted().toList(), keyIds, "each row records the key that made it");
        assertNotEquals(old.persoonSleutel("123456782", null, null, null, null), next.persoonSleutel("123456782", null, null, null, null));

        CliRun id = vroeg("sleutel", "id", "--lake", lake.root().toString());
        assertEquals(0, id.exitCode(), id.err());
        assertTrue(id.out().contains("sleutel-id " + next.keyId()) && id.out().contains("rotatie"), id.out());
        assertFalse(id.out().contains(Files.readString(newFile).strip()), "the key itself is never shown");
    }

    private static long count(SparkSession spark, Lake lake, Table table) {
        return spark.read().format("delta").load(lake.location(table).toString()).count();
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
