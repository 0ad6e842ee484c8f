package nl.vroeg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.Sha256;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.security.ChildVroeg;
import nl.vroeg.transform.TransformedLake;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vroeg extract} on a real lake of a small generated data set (the shared {@link TransformedLake}: two
 * municipalities, January-March 2025), read back with DuckDB as a researcher would: one Parquet file per table that the
 * manifest counts and hashes, only the months asked, pseudonyms and IDs re-keyed per project (no value shared
 * between two projects or with the lake, joins within a project intact), no key anywhere, the same files again
 * for the same versions, and nothing left behind by a failure.
 */
@ExtendWith(SparkTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractCommandTest {

    static final List<String> TABLES = List.of("gold.gemeente_maand", "silver.signalen", "silver.zaak_kenmerken", "silver.zaken",
            "silver.gebeurtenissen");
    static final YearMonth VAN = YearMonth.of(2025, 2);
    static final YearMonth TOT = YearMonth.of(2025, 3);
    static final String MONTHS = "maand >= date'2025-02-01' and maand < date'2025-04-01'";

    SparkSession spark;
    Path dir;
    Lake lake;
    Path keyFile;
    Pseudonymiser key;
    Path a;
    Path b;
    JsonNode manifestA;

    @BeforeAll
    void generateIngestTransformAndExtractTwoProjects(SparkSession spark, @TempDir Path dir) throws IOException {
        this.spark = spark;
        this.dir = dir;
        TransformedLake shared = TransformedLake.get(spark); // extracts only read the lake
        lake = shared.lake();
        lake.register(spark);
        keyFile = shared.keyFile();
        key = Pseudonymiser.fromKeyFile(keyFile);
        a = extract(lake, "onderzoek-a", "a", null);
        b = extract(lake, "onderzoek-b", "b", null);
        manifestA = manifest(a);
    }

    private Path extract(Lake from, String project, String folder, String asOf) {
        ExtractRequest request = ExtractRequest.check(from, project, TABLES, VAN, TOT, asOf, dir.resolve(folder));
        ExtractCommand.extract(from, request, key, List.of("extract", "--project", project), line -> { });
        return dir.resolve(folder);
    }

    @Test
    void everyTableIsOneParquetFileThatTheManifestCountsAndHashes() throws Exception {
        List<String> expected = new ArrayList<>(TABLES.stream().map(t -> t + ".parquet").toList());
        expected.addAll(List.of("SHA256SUMS", "manifest.json"));
        assertEquals(expected.stream().sorted().toList(), names(a));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)), "personal data: the owner's only");
        try (Stream<Path> beside = Files.list(dir)) {
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains("onvolledig")), "no temporary folder left");
        }

        assertEquals("vroeg-extract 1", manifestA.get("formaat").asText());
        assertEquals("onderzoek-a", manifestA.get("project").asText());
        assertTrue(manifestA.get("vroeg_versie").asText().matches("\\d+\\.\\d+\\.\\d+.*"), manifestA.toString());
        assertEquals(key.keyId(), manifestA.get("lake_sleutel_id").asText());
        assertTrue(manifestA.get("project_sleutel_id").asText().matches("[0-9a-f]{12}"));
        assertNotEquals(manifestA.get("project_sleutel_id"), manifest(b).get("project_sleutel_id"));
        assertEquals("2025-02", manifestA.get("maanden").get("van").asText());
        assertEquals(lake.root().toString(), manifestA.get("lake").asText());

        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(a.resolve("SHA256SUMS"))) sums.put(line.substring(66), line.substring(0, 64));
        assertEquals(Sha256.of(a.resolve("manifest.json")), sums.get("manifest.json"));
        for (JsonNode table : manifestA.get("tabellen")) {
            String name = table.get("tabel").asText();
            Path file = a.resolve(name + ".parquet");
            JsonNode written = table.get("bestanden").get(0);
            assertEquals(name + ".parquet", written.get("bestand").asText());
            assertEquals(Sha256.of(file), written.get("sha256").asText(), name);
            assertEquals(Sha256.of(file), sums.get(name + ".parquet"), name);
            assertEquals(Files.size(file), written.get("bytes").asLong());
            assertEquals(duckLong("select count(*) from read_parquet('" + file + "')"), table.get("rijen").asLong(), name);
            assertEquals(latestVersion(name), table.get("delta_versie").asLong(), name);
            assertTrue(table.get("query").asText().contains("version as of " + latestVersion(name)), table.get("query").asText());
        }
    }

    @Test
    void onlyTheMonthsAskedAndACaseByItsCohortMonth() throws Exception {
        for (String table : List.of("gold.gemeente_maand", "silver.signalen", "silver.zaak_kenmerken", "silver.gebeurtenissen")) {
            Path file = a.resolve(table + ".parquet");
            String months = duckString("select min(maand) || ' ' || max(maand) from read_parquet('" + file + "')");
            assertTrue(months.matches("2025-0[23]-01 2025-0[23]-01"), table + ": " + months);
            if (!table.equals("silver.gebeurtenissen")) assertEquals("2025-02-01 2025-03-01", months, table + ": both months");
            assertEquals(lakeTable(table).where(MONTHS).count(), duckLong("select count(*) from read_parquet('" + file + "')"), table);
        }
        long cases = lakeTable("silver.zaak_kenmerken").where(MONTHS).count();
        long allCases = lakeTable("silver.zaken").count();
        assertEquals(cases, duckLong("select count(*) from read_parquet('" + a.resolve("silver.zaken.parquet") + "')"));
        assertTrue(cases > 10 && cases < allCases, cases + " of " + allCases + ": January's cases are left out");
        assertTrue(table(a, "silver.zaak_kenmerken").get("maandfilter").asText().startsWith(MONTHS));
        assertTrue(table(a, "silver.zaken").get("maandfilter").asText().contains("silver/zaak_kenmerken` version as of"));
        assertFalse(manifestA.has("gelezen_voor_maandfilter"), "zaak_kenmerken is in the extract itself");

        Path casesOnly = dir.resolve("alleen-zaken");
        ExtractCommand.extract(lake, ExtractRequest.check(lake, "onderzoek-a", List.of("silver.zaken"), VAN, TOT, null, casesOnly),
                key, List.of(), line -> { });
        assertEquals(latestVersion("silver.zaak_kenmerken"), manifest(casesOnly).get("gelezen_voor_maandfilter").get("silver.zaak_kenmerken").asLong());
        assertEquals(hashes(a).get("silver.zaken.parquet"), hashes(casesOnly).get("silver.zaken.parquet"));
    }

    @Test
    void keysAreRekeyedPerProjectSoNoValueLinksTwoProjectsOrAProjectAndTheLake() throws Exception {
        Set<String> lakeKeys = new HashSet<>();
        for (String table : TABLES) {
            for (String column : lakeTable(table).columns()) {
                String value = column.endsWith("_ids") ? "explode(" + column + ")" : column;
                if (ExtractQuery.isKey(column)) lakeKeys.addAll(values(lakeTable(table).selectExpr(value).collectAsList()));
            }
        }
        int rekeyed = 0;
        for (JsonNode table : manifestA.get("tabellen")) {
            String name = table.get("tabel").asText();
            for (JsonNode column : table.get("herversleuteld")) {
                Set<String> inA = duckValues(a, name, column.asText());
                Set<String> inB = duckValues(b, name, column.asText());
                assertFalse(inA.isEmpty(), name + "." + column);
                assertTrue(inA.stream().noneMatch(inB::contains), name + "." + column + ": a value in both projects");
                assertTrue(inA.stream().noneMatch(lakeKeys::contains), name + "." + column + ": a value of the lake");
                assertEquals(inA.size(), inB.size(), name + "." + column + ": one re-keyed value per lake value");
                rekeyed++;
            }
        }
        assertEquals(11, rekeyed, "persoon_sleutel, adres_sleutel, signaal_id, zaak_id, eerste_signaal_id, signaal_ids, gebeurtenis_id");
        assertEquals(List.of("signaal_id", "persoon_sleutel", "adres_sleutel"), strings(table(a, "silver.signalen").get("herversleuteld")));
        assertEquals(List.of("_bron_bestand", "_positie", "_versie"), strings(table(a, "silver.signalen").get("weggelaten")));
    }

    @Test
    void withinOneProjectCasesStillJoinTheirSignalsAndAddresses() throws Exception {
        String inRange = "(select * from delta.`%s` where " + MONTHS + ")";
        String lakeCases = inRange.formatted(path("silver.zaak_kenmerken"));
        String lakeSignals = inRange.formatted(path("silver.signalen"));
        String casesSignals = "(select z.* from delta.`" + path("silver.zaken") + "` z join " + lakeCases
                + " k using (leverancier, gemeentecode, zaak_id))";
        String firstSignal = "select count(*) from %s k join %s s on s.leverancier = k.leverancier and s.gemeentecode = k.gemeentecode"
                + " and s.signaal_id = k.eerste_signaal_id and s.adres_sleutel = k.adres_sleutel";
        String everySignal = "select count(*) from (select leverancier, gemeentecode, %s(signaal_ids) as signaal_id from %s) z"
                + " join %s s using (leverancier, gemeentecode, signaal_id)";

        long first = duckLong(firstSignal.formatted(parquet("silver.zaak_kenmerken"), parquet("silver.signalen")));
        assertEquals(spark.sql(firstSignal.formatted(lakeCases, lakeSignals)).first().getLong(0), first, "a case's first signal");
        long every = duckLong(everySignal.formatted("unnest", parquet("silver.zaken"), parquet("silver.signalen")));
        assertEquals(spark.sql(everySignal.formatted("explode", casesSignals, lakeSignals)).first().getLong(0), every, "a case's signals");
        long features = duckLong("select count(*) from %s z join %s k using (leverancier, gemeentecode, zaak_id)"
                .formatted(parquet("silver.zaken"), parquet("silver.zaak_kenmerken")));
        assertEquals(lakeTable("silver.zaak_kenmerken").where(MONTHS).count(), features, "every case its features");
        assertTrue(first > 10 && every >= first, first + " " + every);
    }

    private String parquet(String table) {
        return "read_parquet('" + a.resolve(table + ".parquet") + "')";
    }

    @Test
    void noKeyNoLakePseudonymAndNoLineageInTheExtract() throws Exception {
        byte[] projectKey = key.derivedKey("vroeg extract project onderzoek-a");
        List<String> secrets = List.of(Files.readString(keyFile).strip(), HexFormat.of().formatHex(projectKey),
                Base64.getEncoder().encodeToString(projectKey));
        assertEquals(List.of(), LakeScanner.find(spark, a, secrets), "decoded values, manifest and sums");
        try (Stream<Path> files = Files.list(a)) {
            for (Path file : files.toList()) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // Parquet footers too
                for (String secret : secrets) assertFalse(raw.contains(secret), file + " holds key material");
            }
        }
        Set<String> lakeKeys = new HashSet<>(values(lakeTable("silver.signalen").selectExpr("persoon_sleutel").collectAsList()));
        lakeKeys.addAll(values(lakeTable("silver.signalen").selectExpr("signaal_id").collectAsList()));
        lakeKeys.addAll(values(lakeTable("silver.signalen").selectExpr("_bron_bestand").collectAsList()));
        lakeKeys.remove(null);
        assertEquals(List.of(), LakeScanner.findTokens(spark, a, lakeKeys));
        for (String table : TABLES) {
            assertTrue(Stream.of(spark.read().parquet(a.resolve(table + ".parquet").toString()).columns()).noneMatch(c -> c.startsWith("_")), table);
        }
    }

    @Test
    void theSameVersionsGiveTheSameFilesAlsoAfterTheLakeMovedOn() throws Exception {
        Lake copy = new Lake(dir.resolve("lake-kopie"));
        copyFolder(lake.root(), copy.root());
        String stand = manifestA.get("stand").asText();
        Path again = extract(copy, "onderzoek-a", "a-opnieuw", stand);
        String gold = copy.location("gold", "gemeente_maand").toString();
        spark.read().format("delta").load(gold).where(MONTHS).limit(1).write().format("delta").mode("append").save(gold);
        Path later = extract(copy, "onderzoek-a", "a-later", stand);
        Path now = extract(copy, "onderzoek-a", "a-nu", null);

        assertEquals(hashes(a), hashes(again), "the same data and project: the same bytes");
        assertEquals(hashes(a), hashes(later), "--as-of the first extract's moment reads the versions it read");
        assertEquals(latestVersion("gold.gemeente_maand") + 1, table(now, "gold.gemeente_maand").get("delta_versie").asLong());
        assertNotEquals(hashes(a).get("gold.gemeente_maand.parquet"), hashes(now).get("gold.gemeente_maand.parquet"));
        assertEquals(hashes(a).get("silver.signalen.parquet"), hashes(now).get("silver.signalen.parquet"));
    }

    @Test
    void aFailedExtractLeavesNeitherItsFolderNorATemporaryOne(@TempDir Path elsewhere) throws IOException {
        Lake small = new Lake(elsewhere.resolve("lake"));
        spark.sql("select date'2025-02-01' as maand, 7 as buurt_id").write().format("delta").save(small.location("gold", "buurten").toString());
        Path out = elsewhere.resolve("uit");
        ExtractRequest request = ExtractRequest.check(small, "p", List.of("gold.buurten"), null, null, null, out);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ExtractCommand.extract(small, request, key, List.of(), line -> { }));
        assertTrue(refused.getMessage().startsWith("Kolom buurt_id van gold.buurten (int) heet als een sleutel"), refused.getMessage());
        assertEquals(List.of("lake"), names(elsewhere), "no extract, no temporary folder");

        spark.sql("select date'2025-02-01' as maand, array(named_struct('nr', 1, 'huishouden_id', 'h1')) as leden").write().format("delta")
                .save(small.location("gold", "huishoudens").toString());
        ExtractRequest nested = ExtractRequest.check(small, "p", List.of("gold.huishoudens"), null, null, null, out);
        refused = assertThrows(IllegalStateException.class, () -> ExtractCommand.extract(small, nested, key, List.of(), line -> { }));
        assertTrue(refused.getMessage().startsWith("Kolom leden.huishouden_id van gold.huishoudens"), refused.getMessage());
        assertEquals(List.of("lake"), names(elsewhere), "no extract, no temporary folder");
    }

    @Test
    void monthsWithoutRowsGiveAnEmptyFileWithTheTablesColumns() throws Exception {
        Path empty = dir.resolve("leeg");
        ExtractCommand.extract(lake, ExtractRequest.check(lake, "onderzoek-a", List.of("gold.gemeente_maand"), YearMonth.of(2030, 1),
                null, null, empty), key, List.of(), line -> { });
        String file = "read_parquet('" + empty.resolve("gold.gemeente_maand.parquet") + "')";
        assertEquals(0, table(empty, "gold.gemeente_maand").get("rijen").asLong());
        assertEquals(0, duckLong("select count(*) from " + file));
        assertEquals(lakeTable("gold.gemeente_maand").columns().length, duckLong("select count(*) from (describe select * from " + file + ")"));
    }

    /** README, "Reading the lake directly": any Delta reader reads it right (reader version 1: no deletion vectors, no column mapping). */
    @Test
    void everyTableOfTheLakeNeedsNoReaderFeature() {
        for (String table : lake.tableNames()) {
            Row detail = DeltaTable.forPath(spark, path(table)).detail().first();
            assertEquals(1, detail.<Integer>getAs("minReaderVersion"), table);
        }
    }

    @Test
    void theCommandLineWritesTheSameExtractInAProcessOfItsOwn() throws Exception {
        Path output = dir.resolve("kind.txt");
        Path out = dir.resolve("a-cli");
        Process child = ChildVroeg.start(ChildVroeg.command(keyFile, output, null, null, "extract", "--lake",
                lake.root().toString(), "--project", "onderzoek-a", "--tabellen", String.join(",", TABLES), "--van", "2025-02",
                "--tot", "2025-03", "--as-of", manifestA.get("stand").asText(), "--uit", out.toString()));
        assertEquals(0, ChildVroeg.waitFor(child), Files.readString(output));
        String printed = Files.readString(output);
        assertTrue(printed.contains("Extract voor project onderzoek-a in " + out + ": 5 tabel(len) als Parquet, manifest.json en SHA256SUMS."), printed);
        assertTrue(printed.contains("silver.signalen (versie "), printed);
        assertEquals(hashes(a), hashes(out));
        assertTrue(manifest(out).get("opdracht").asText().startsWith("vroeg extract --lake " + lake.root() + " --project onderzoek-a"),
                manifest(out).get("opdracht").asText());
    }

    // --- helpers

    private org.apache.spark.sql.Dataset<Row> lakeTable(String table) {
        return spark.read().format("delta").load(path(table));
    }

    private String path(String table) {
        return lake.location(table).toString();
    }

    private long latestVersion(String table) {
        return DeltaTable.forPath(spark, path(table)).history(1).first().getAs("version");
    }

    private static JsonNode manifest(Path extract) throws IOException {
        return new ObjectMapper().readTree(extract.resolve("manifest.json").toFile());
    }

    private static JsonNode table(Path extract, String name) throws IOException {
        for (JsonNode table : manifest(extract).get("tabellen")) if (table.get("tabel").asText().equals(name)) return table;
        throw new AssertionError(name + " not in the manifest");
    }

    /** The Parquet files' hashes by name. */
    private static Map<String, String> hashes(Path extract) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : names(extract)) if (name.endsWith(".parquet")) hashes.put(name, Sha256.of(extract.resolve(name)));
        return hashes;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(n -> strings.add(n.asText()));
        return strings;
    }

    private static List<String> values(List<Row> rows) {
        return rows.stream().map(r -> r.isNullAt(0) ? null : r.get(0).toString()).toList();
    }

    /** A re-keyed column's distinct values (an array's elements) as DuckDB reads them. */
    private static Set<String> duckValues(Path extract, String table, String column) throws SQLException {
        String file = "read_parquet('" + extract.resolve(table + ".parquet") + "')";
        String values = column.endsWith("_ids") ? "select distinct unnest(" + column + ") from " + file : "select distinct " + column + " from " + file;
        Set<String> found = new HashSet<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement();
             ResultSet rows = sql.executeQuery(values + " where " + column + " is not null")) {
            while (rows.next()) found.add(rows.getString(1));
        }
        return found;
    }

    private static long duckLong(String query) throws SQLException {
        return Long.parseLong(duckString(query));
    }

    /** The first value of a DuckDB query (on its own in-memory database). */
    private static String duckString(String query) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A copy keeping modification times (Delta's commit times). */
    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
