package nl.vroeg.ingest;

import static nl.vroeg.ingest.IngestJobTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.Table;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class PartnerEventIngestTest {

    private static final String HEADER = "partnertype;partner;gebeurtenis;datum;gemeentecode;postcode;huisnummer;"
            + "huisnummertoevoeging;bsn;geboortedatum";

    @TempDir
    Path dir;
    Lake lake;
    Pseudonymiser key;
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void setUp(SparkSession spark) {
        lake = InitialisedLake.at(spark, dir.resolve("lake"));
        key = SparkTest.testKey(dir.resolve("sleutel"));
    }

    @Test
    void eventsFromCsvAndExcelLandPseudonymisedAndAccountedFor(SparkSession spark) throws IOException {
        // UTF-8 with a BOM and ';'. Row 2 is the client of DDAS signal VS-2025-0001 (same address and BSN).
        Path woonstede = write("woonstede-2025.csv", StandardCharsets.UTF_8, "\uFEFF" + HEADER + "\n"
                + "Huur;Woonstede;AANZEGGING_ONTRUIMING;2025-02-10;GM0518;1234 ab;10;a;123456789;1985-06-15\n"
                + "huur;Woonstede;ONTRUIMING;15-03-2025;0518;2511 XK;27182;;;\n"
                + "Energie;Eneco;AFSLUITING;2025-03-20;GM0518;0123QQ;16180;B;;1970-01-31\n"
                + "\n"
                + "Huur;Woonstede;UITZETTING;2025-13-01;GM9999;3511AB;42;;987654320;\n"
                + "Bank;;BETALINGSREGELING;;Utrecht;3511AC;7;;;\n");
        // Windows-1252 and ',' as Dutch Excel exports it, other column order and case; "Eén" must survive.
        Path energie = write("energie-1252.csv", Charset.forName("windows-1252"),
                "GEBEURTENIS,Datum,Gemeentecode,Postcode,Huisnummer,Huisnummertoevoeging,Partnertype,Partner\r\n"
                        + "EINDELEVERING,2025-01-20,GM0518,3011 AA,31415,,Energie,Energiebedrijf Eén\r\n");
        Path ontruimingen = housingCorporationWorkbook("ontruimingen.xlsx");

        var result = job(spark).ingest(List.of(example("enkelvoudigVoorbeeld.json"), woonstede, energie, ontruimingen));

        assertEquals(List.of(IngestJob.Outcome.INGELEZEN), result.files().stream().map(f -> f.outcome()).distinct().toList());
        assertEquals("woonstede-2025.csv: 3 gebeurtenissen (+2 in quarantaine)", result.files().get(1).message());
        lake.register(spark);
        assertEquals(List.of(
                "energie-1252.csv gebeurtenissen-csv gebeurtenis 1 1 0",
                "ontruimingen.xlsx gebeurtenissen-xlsx gebeurtenis 3 2 1",
                "woonstede-2025.csv gebeurtenissen-csv gebeurtenis 5 3 2"),
                rows(spark, "select concat_ws(' ', bestand, bestandsoort, recordsoort, gelezen, geaccepteerd, gequarantaineerd)"
                        + " from bronze.leveringen where recordsoort = 'gebeurtenis' order by 1"));
        assertEquals(List.of(
                "energie-1252.csv|rij 2|Energie|Energiebedrijf Eén|EINDELEVERING|2025-01-20|GM0518|3011|false|true|false",
                "ontruimingen.xlsx|rij 4|Huur|De Woonplaats|ONTRUIMING|2025-02-14|GM0344|3512|false|true|false",
                "ontruimingen.xlsx|rij 5|Huur|De Woonplaats|AANZEGGING_ONTRUIMING|2025-02-03|GM0344|3512|false|true|false",
                "woonstede-2025.csv|rij 2|Huur|Woonstede|AANZEGGING_ONTRUIMING|2025-02-10|GM0518|1234|false|true|true",
                "woonstede-2025.csv|rij 3|Huur|Woonstede|ONTRUIMING|2025-03-15|GM0518|2511|false|true|false",
                "woonstede-2025.csv|rij 4|Energie|Eneco|AFSLUITING|2025-03-20|GM0518||true|false|true"),
                rows(spark, "select concat_ws('|', _bron_bestand, _positie, partnertype, partner, gebeurtenis, datum,"
                        + " gemeentecode, coalesce(pc4, ''), postcode_ongeldig, adres_sleutel is not null, persoon_sleutel is not null)"
                        + " from bronze.gebeurtenissen order by 1"));
        assertEquals(List.of(
                "ontruimingen.xlsx|rij 6|GM0344|[partnertype ontbreekt]"
                        + "|{\"partner\":\"De Woonplaats\",\"gebeurtenis\":\"AFSLUITING\",\"datum\":\"2025-02-20\",\"gemeentecode\":\"GM0344\","
                        + "\"_zonder_waarde\":[\"huisnummer\",\"postcode\"]}",
                "woonstede-2025.csv|rij 6||[onbekende gebeurtenis, ongeldige datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ), onbekende gemeente]"
                        + "|{\"partnertype\":\"Huur\",\"partner\":\"Woonstede\","
                        + "\"_zonder_waarde\":[\"bsn\",\"datum\",\"gebeurtenis\",\"gemeentecode\",\"huisnummer\",\"postcode\"]}",
                "woonstede-2025.csv|rij 7|GM0344|[onbekend partnertype, datum ontbreekt]"
                        + "|{\"gebeurtenis\":\"BETALINGSREGELING\",\"gemeentecode\":\"GM0344\","
                        + "\"_zonder_waarde\":[\"huisnummer\",\"partnertype\",\"postcode\"]}"),
                rows(spark, "select concat_ws('|', bestand, positie, coalesce(gemeentecode, ''), cast(redenen as string), record)"
                        + " from quarantaine.records where recordsoort = 'gebeurtenis' order by 1"));

        // Events and signals pseudonymised with the same key link on address and person.
        assertEquals(List.of("VS-2025-0001 woonstede-2025.csv rij 2"),
                rows(spark, "select concat_ws(' ', s.signaal_id, g._bron_bestand, g._positie) from bronze.gebeurtenissen g"
                        + " join bronze.signalen s on g.adres_sleutel = s.adres_sleutel and g.persoon_sleutel = s.persoon_sleutel"));
        assertEquals(List.of(key.keyId()), rows(spark, "select distinct sleutel_id from bronze.gebeurtenissen"));

        List<String> personal = List.of("987654320", "1234AB", "1234 ab", "2511XK", "2511 XK", "0123QQ", "3511AB", "3511AC",
                "3011AA", "3011 AA", "3512JE", "3512 JE", "3512JF", "1970-01-31", "31-01-1970");
        assertEquals(List.of(), LakeScanner.find(spark, lake.root(), personal));
        assertEquals(List.of(), LakeScanner.findTokens(spark, lake.root(), Set.of("27182", "16180", "31415", "55501", "55502")));

        // The same files again: nothing changes.
        long version = latestVersion(spark, Table.GEBEURTENISSEN);
        var again = job(spark).ingest(List.of(woonstede, ontruimingen));
        assertEquals(List.of(IngestJob.Outcome.AL_INGELEZEN), again.files().stream().map(f -> f.outcome()).distinct().toList());
        assertEquals(version, latestVersion(spark, Table.GEBEURTENISSEN));
    }

    @Test
    void unreadableFilesAreRejectedWholeNamingFileAndPlace(SparkSession spark) throws IOException {
        Path workbook = housingCorporationWorkbook("ontruimingen.xlsx");
        byte[] bytes = Files.readAllBytes(workbook);
        Path corrupt = Files.write(dir.resolve("kapot.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path noColumns = write("zonder-kolommen.csv", StandardCharsets.UTF_8,
                "gebeurtenis;datum;postcode\nONTRUIMING;2025-02-10;1234AB\n");
        Path noHeader = write("zonder-kop.csv", StandardCharsets.UTF_8, "ONTRUIMING;2025-02-10;GM0518;1234AB;10\n");
        Path titlesOnly = titlesOnlyWorkbook("alleen-titels.xlsx");

        var result = job(spark).ingest(List.of(corrupt, noColumns, noHeader, titlesOnly));

        assertEquals(List.of(
                "Bestand kapot.xlsx afgewezen: geen leesbaar Excel-bestand (.xlsx): InvalidFormatException. Er is niets van ingelezen.",
                "Bestand zonder-kolommen.csv afgewezen: de kopregel (regel 1) mist de kolom(men) 'gemeentecode', 'huisnummer'."
                        + " Er is niets van ingelezen.",
                "Bestand zonder-kop.csv afgewezen: geen herkenbare kopregel op regel 1 (verwacht een kolom 'gebeurtenis' voor"
                        + " partnergebeurtenissen, 'drempelbedrag' voor gemeentebeleid, of de kolommen van een CBS-gemeentelijst,"
                        + " -herindelingslijst of -inwonerslijst). Er is niets van ingelezen.",
                "Bestand alleen-titels.xlsx afgewezen: geen kopregel gevonden in de eerste 10 rijen van blad 'Blad1' (verwacht"
                        + " kolommen als Gebeurtenis of Soort, Datum, Postcode, Huisnummer, Gemeente). Er is niets van ingelezen."),
                result.files().stream().map(f -> f.message()).toList());
        lake.register(spark);
        assertEquals(0L, spark.sql("select count(*) from bronze.gebeurtenissen").first().getLong(0));
        assertEquals(0L, spark.sql("select count(*) from quarantaine.records").first().getLong(0));
        assertEquals(List.of("alleen-titels.xlsx gebeurtenissen-xlsx afgewezen", "kapot.xlsx gebeurtenissen-xlsx afgewezen",
                        "zonder-kolommen.csv gebeurtenissen-csv afgewezen", "zonder-kop.csv onbekend afgewezen"),
                rows(spark, "select concat_ws(' ', bestand, bestandsoort, status) from bronze.leveringen"
                        + " where recordsoort = 'bestand' order by 1"));
    }

    @Test
    void largeFilesReportProgressInDutch() {
        RowProgress rows = new RowProgress("ontruimingen.xlsx", progress::add);
        for (int i = 0; i < 120_000; i++) rows.row();
        assertEquals(List.of("ontruimingen.xlsx: 50.000 rijen gelezen", "ontruimingen.xlsx: 100.000 rijen gelezen"), progress);
    }

    /**
     * As a housing corporation sends it: an explanation sheet first, then "Ontruimingen" with two title rows,
     * Dutch column names, no partnertype, one real Excel date and one date as text.
     */
    private Path housingCorporationWorkbook(String name) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Soort: gebeurtenis, Datum: datum");
            Sheet sheet = workbook.createSheet("Ontruimingen");
            sheet.createRow(0).createCell(0).setCellValue("Ontruimingen woningcorporatie De Woonplaats");
            sheet.createRow(1).createCell(0).setCellValue("Periode: februari 2025");
            cells(sheet.createRow(2), "Soort", "Datum", "Gemeente", "Postcode", "Huisnr", "Toev.", "Partner");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            Row evicted = sheet.createRow(3);
            cells(evicted, "Ontruiming", null, "Utrecht", "3512 JE", null, "B", "De Woonplaats");
            evicted.createCell(1).setCellValue(LocalDate.of(2025, 2, 14));
            evicted.getCell(1).setCellStyle(dateStyle);
            evicted.createCell(4).setCellValue(55501);
            Row notified = sheet.createRow(4);
            cells(notified, "Aanzegging ontruiming", "03-02-2025", null, "3512JF", null, null, "De Woonplaats");
            notified.createCell(2).setCellValue(344); // the code as a number: Excel dropped the leading zero
            notified.createCell(4).setCellValue(55502);
            cells(sheet.createRow(5), "AFSLUITING", "2025-02-20", "Utrecht", "3512JG", "3", null, "De Woonplaats");
            return save(workbook, name);
        }
    }

    private Path titlesOnlyWorkbook(String name) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Blad1");
            for (int i = 0; i < 12; i++) sheet.createRow(i).createCell(0).setCellValue("Overzicht regel " + (i + 1));
            return save(workbook, name);
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) row.createCell(i).setCellValue(values[i]);
        }
    }

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private IngestJob job(SparkSession spark) {
        return new IngestJob(spark, lake, key, progress::add);
    }

    private long latestVersion(SparkSession spark, Table table) {
        return TestFiles.latestVersion(spark, lake, table);
    }

    private Path example(String name) throws IOException {
        return TestFiles.ddasExample(name, dir);
    }
}
