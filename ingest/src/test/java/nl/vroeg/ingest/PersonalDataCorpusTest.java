package nl.vroeg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeScanner;
import nl.vroeg.lake.SparkTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * spec/privacy.md under hostile input: a corpus that puts a BSN, a surname, an e-mail address and an IBAN in every
 * field of every kind of delivery (DDAS JSON, partner events as CSV and as a spreadsheet, municipal policy), and
 * as a JSON key. After ingesting it, no Parquet file under the lake (decoded, read directly, not through Delta),
 * no Delta log and no message contains any of them.
 *
 * <p>The free-text fields that land as they are (a signal ID, a case's signal references, a partner's name) are
 * checked for the shapes a BSN, e-mail address or IBAN have; a surname cannot be told from an ID or a company
 * name, so those fields get only the recognisable values here.
 */
@ExtendWith(SparkTest.class)
class PersonalDataCorpusTest {

    static final String BSN = "111222333";
    static final String NAAM = "Pietersma";
    static final String EMAIL = "p.pietersma@voorbeeld.nl";
    static final String IBAN = "NL91ABNA0417164300";
    static final List<String> ALL = List.of(BSN, NAAM, EMAIL, IBAN);
    /** What identifier and name fields can be checked for. */
    static final List<String> RECOGNISABLE = List.of(BSN, EMAIL, IBAN);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void noPersonalValueOfTheCorpusAnywhereUnderTheLakeNorInAMessage(SparkSession spark) throws IOException {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Path invoer = Files.createDirectories(dir.resolve("invoer"));
        ddas(invoer.resolve("1-ddas.json"));
        ddasWithPersonalSupplier(invoer.resolve("2-ddas-leverancier.json"));
        List<List<String>> eventRows = eventRows();
        Files.writeString(invoer.resolve("3-gebeurtenissen.csv"), csv(EVENT_HEADER, eventRows));
        xlsx(invoer.resolve("4-ontruimingen.xlsx"), EVENT_HEADER, eventRows);
        Files.writeString(invoer.resolve("5-gemeentebeleid.csv"), csv(POLICY_HEADER, policyRows()));
        List<String> messages = new ArrayList<>();

        IngestJob.Result result = new IngestJob(spark, lake, SparkTest.testKey(dir.resolve("sleutel")), messages::add)
                .ingest(List.of(invoer));

        assertEquals(List.of(IngestJob.Outcome.INGELEZEN, IngestJob.Outcome.AFGEWEZEN, IngestJob.Outcome.INGELEZEN,
                IngestJob.Outcome.INGELEZEN, IngestJob.Outcome.INGELEZEN), result.files().stream().map(IngestJob.FileResult::outcome).toList());
        lake.register(spark);
        assertEquals(List.of(), IngestJobTest.rows(spark, "select bestand from bronze.leveringen"
                + " where gelezen <> geaccepteerd + gequarantaineerd"), "every record read is accepted or quarantined");
        long quarantined = spark.sql("select count(*) from quarantaine.records").first().getLong(0);
        assertTrue(quarantined > 100, "the corpus was quarantined record by record: " + quarantined);
        assertTrue(spark.sql("select count(*) from quarantaine.records where record like '%\"signaaldatum\":\"2025-%'")
                .first().getLong(0) > 0, "quarantine keeps the valid values");

        assertEquals(List.of(), LakeScanner.find(spark, lake.root(), ALL));
        try (Stream<Path> files = Files.walk(lake.root())) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".parquet")), "the scan saw data files");
        }
        messages.addAll(result.files().stream().map(IngestJob.FileResult::message).toList());
        for (String message : messages) {
            for (String value : ALL) assertFalse(message.contains(value), message);
        }
    }

    /** One levering; per field of a signal, a case and an attempt, a record with each value in that field. */
    private static void ddas(Path file) throws IOException {
        ObjectNode root = header("SOFT-1");
        ObjectNode levering = root.putArray("leveringen").addObject();
        levering.put("teller", 1);
        levering.put("gemeentecode", "GM0518");
        organisatie(levering);
        ArrayNode signals = levering.putArray("vroegsignalen");
        ArrayNode cases = levering.putArray("vroegsignaalzaken");
        int n = 0;
        for (String field : List.of("ID", "signaalpartner", "signaaldatum", "ontstaansdatum", "bedrag", "status",
                "crisissignaal", "warmeOverdracht", "onbekendVeld")) {
            for (String value : field.equals("ID") ? RECOGNISABLE : ALL) {
                ObjectNode s = signal(signals, "S-" + n++);
                if (field.equals("signaalpartner")) s.putObject("signaalpartner").put("type", value);
                else s.put(field, value);
            }
        }
        for (String value : ALL) {
            signal(signals, "S-" + n++).set(value, JSON.getNodeFactory().textNode("sleutel"));
            ObjectNode client = signal(signals, "S-" + n++).putObject("client");
            for (String field : List.of("Burgerservicenummer", "Achternaam", "Geboortedatum", "Postcode", "Huisnummer",
                    "Straatnaam", "Plaatsnaam")) {
                client.put(field, value);
            }
        }
        signal(signals, "OK-1");
        for (String field : List.of("resultaat", "matchingsdatum", "datum_opgepakt", "vroegsignalen", "onbekendVeld")) {
            for (String value : field.equals("vroegsignalen") ? RECOGNISABLE : ALL) {
                ObjectNode z = zaak(cases);
                if (field.equals("vroegsignalen")) z.putArray("vroegsignalen").addObject().put("ID", value);
                else z.put(field, value);
            }
        }
        for (String field : List.of("soort", "datum", "dagdeel", "bereikt")) {
            for (String value : ALL) {
                ObjectNode poging = zaak(cases).putArray("contactpogingen").addObject();
                poging.put("soort", "Telefoon");
                poging.put("datum", "2025-01-10");
                poging.put(field, value);
            }
        }
        for (String value : ALL) {
            ObjectNode other = root.withArray("leveringen").addObject();
            other.put("teller", value);
            other.put("gemeentecode", value);
            organisatie(other);
            signal(other.putArray("vroegsignalen"), "L-" + n++);
        }
        JSON.writeValue(file.toFile(), root);
    }

    /** The supplier's code is a BSN: the whole file is rejected, and the message must not repeat it. */
    private static void ddasWithPersonalSupplier(Path file) throws IOException {
        ObjectNode root = header(BSN);
        ObjectNode levering = root.putArray("leveringen").addObject();
        levering.put("teller", 1);
        levering.put("gemeentecode", "GM0518");
        organisatie(levering);
        signal(levering.putArray("vroegsignalen"), "X-1");
        JSON.writeValue(file.toFile(), root);
    }

    private static ObjectNode header(String leverancier) {
        ObjectNode root = JSON.createObjectNode();
        root.put("codeGegevensleverancier", leverancier);
        root.put("startdatumLevering", "2025-01-01");
        root.put("einddatumLevering", "2025-01-31");
        root.put("aanleverdatumEnTijd", "2025-02-05T10:30:00Z");
        return root;
    }

    private static void organisatie(ObjectNode levering) {
        ObjectNode contact = levering.putObject("aanleverende_organisatie").put("naam", "Gemeente")
                .putArray("contactpersoonen").addObject();
        contact.put("naam", NAAM);
        contact.put("email", EMAIL);
        contact.put("telefoonnummer", BSN);
    }

    private static ObjectNode signal(ArrayNode signals, String id) {
        ObjectNode s = signals.addObject();
        s.put("ID", id);
        s.putObject("signaalpartner").put("type", "Energie");
        s.put("signaaldatum", "2025-01-05");
        s.put("bedrag", 450);
        s.put("status", "Nog niet opgepakt");
        ObjectNode client = s.putObject("client");
        client.put("Burgerservicenummer", "123456782");
        client.put("Achternaam", "Anders");
        client.put("Geboortedatum", "1985-06-15");
        client.put("Postcode", "1234AB");
        client.put("Huisnummer", "10");
        return s;
    }

    private static ObjectNode zaak(ArrayNode cases) {
        ObjectNode z = cases.addObject();
        z.put("resultaat", "Inwoner hoeft geen hulp vanuit vroegsignalering");
        z.putArray("vroegsignalen").addObject().put("ID", "OK-1");
        return z;
    }

    private static final List<String> EVENT_HEADER = List.of("partnertype", "partner", "gebeurtenis", "datum",
            "gemeentecode", "postcode", "huisnummer", "huisnummertoevoeging", "bsn", "geboortedatum");
    private static final List<String> VALID_EVENT = List.of("Energie", "Energiebedrijf", "AFSLUITING", "2025-02-03",
            "GM0518", "1234AB", "10", "A", "123456782", "1985-06-15");

    /** Each column in turn holds each value (a surname in the partner column would be a partner's name, see above). */
    private static List<List<String>> eventRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int column = 0; column < EVENT_HEADER.size(); column++) {
            for (String value : EVENT_HEADER.get(column).equals("partner") ? RECOGNISABLE : ALL) {
                List<String> row = new ArrayList<>(VALID_EVENT);
                row.set(column, value);
                rows.add(row);
            }
        }
        // A row shifted by one column: the BSN where the event should be, and so on.
        List<String> shifted = new ArrayList<>(VALID_EVENT.subList(0, 2));
        shifted.addAll(List.of(BSN, EMAIL, IBAN, NAAM));
        shifted.addAll(VALID_EVENT.subList(5, VALID_EVENT.size()));
        rows.add(shifted);
        return rows;
    }

    private static final List<String> POLICY_HEADER = List.of("gemeentecode", "geldig_vanaf", "drempelbedrag",
            "huisbezoek_capaciteit_per_maand", "brp_koppeling");

    private static List<List<String>> policyRows() {
        List<String> valid = List.of("GM0518", "2025-01-01", "250", "40", "ja");
        List<List<String>> rows = new ArrayList<>();
        for (int column = 0; column < valid.size(); column++) {
            for (String value : ALL) {
                List<String> row = new ArrayList<>(valid);
                row.set(column, value);
                rows.add(row);
            }
        }
        return rows;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(";", header)).append('\n');
        rows.forEach(r -> text.append(String.join(";", r)).append('\n'));
        return text.toString();
    }

    private static void xlsx(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Gebeurtenissen");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) row.createCell(c).setCellValue(all.get(r).get(c));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
