package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vroeg.reference.Gebeurtenissoorten;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner event files and gemeentebeleid.csv are in the formats ingest reads, about the same households as the
 * signals; deliveries and events before a merger use the old municipality codes.
 */
class PartnerFilesTest {

    /** Voorne aan Zee (merged 2023-01-01 from Brielle, Hellevoetsluis, Westvoorne) and Utrecht, around the merger. */
    static final GeneratorSettings SETTINGS = new GeneratorSettings(List.of("GM1992", "GM0344"), YearMonth.of(2022, 10),
            YearMonth.of(2023, 3), 7L);

    @TempDir
    static Path dir;
    static SampleDataGenerator.Output output;
    static List<String[]> events;

    @BeforeAll
    static void generate() throws IOException {
        output = new SampleDataGenerator(SETTINGS).generate(dir, message -> { });
        events = CalibrationTest.readEvents(output.gebeurtenissen());
    }

    @Test
    void fourEventFilesPerMonthInTheirFormats() throws IOException {
        assertEquals(6 * 4, output.gebeurtenissen().size());
        Path energie = dir.resolve("gebeurtenissen-energie-2023-03.csv");
        Path zorg = dir.resolve("gebeurtenissen-zorg-2023-03.csv");
        Path water = dir.resolve("gebeurtenissen-water-2023-03.csv");
        List<String> energieLines = Files.readAllLines(energie, Charset.forName("windows-1252"));
        assertEquals(PartnerEventWriter.HEADER, energieLines.get(0));
        assertTrue(energieLines.get(1).matches("Energie;[^;]+;[A-Z_]+;\\d{2}-\\d{2}-2023;GM1992|GM0344;.*|Energie;[^;]+;[A-Z_]+;\\d{2}-\\d{2}-2023;GM0344;.*"),
                energieLines.get(1));
        assertEquals(PartnerEventWriter.HEADER, Files.readAllLines(water, Charset.forName("windows-1252")).get(0));
        List<String> zorgLines = Files.readAllLines(zorg, StandardCharsets.UTF_8);
        assertEquals(PartnerEventWriter.HEADER.replace(';', ','), zorgLines.get(0));
        assertTrue(zorgLines.get(1).startsWith("CAK Zorgverzekeringen,CAK,WANBETALERSREGELING,2023-03-"), zorgLines.get(1));
        // Fryslân-style names are not involved here, but the water company's province name must survive Windows-1252.
        assertTrue(Files.readString(water, Charset.forName("windows-1252")).contains("Waterbedrijf "));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("ontruimingen-huur-2023-03.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Ontruimingen", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Aanzeggingen en ontruimingen"));
            Row header = sheet.getRow(3);
            List<String> names = List.of("Gemeente", "Partnertype", "Partner", "Soort", "Datum", "Postcode", "Huisnr", "Toev.", "BSN", "Geboortedatum");
            for (int i = 0; i < names.size(); i++) assertEquals(names.get(i), header.getCell(i).getStringCellValue());
            assertTrue(sheet.getLastRowNum() > 4, "rows");
        }
        Set<String> kinds = new TreeSet<>();
        events.forEach(e -> kinds.add(e[2]));
        assertTrue(kinds.containsAll(Set.of("EINDELEVERING", "AANKONDIGING_AFSLUITING", "AANZEGGING_ONTRUIMING", "WANBETALERSREGELING",
                "BETALINGSREGELING")), kinds.toString());
        assertTrue(Gebeurtenissoorten.all().containsAll(kinds), "only the reference's event kinds: " + kinds);
    }

    @Test
    void eventsFollowSignalsAtTheSameAddresses() {
        DeliveryStats stats = DeliveryStats.read(output.leveringen());
        Map<String, LocalDate> firstSignal = new HashMap<>();
        for (DeliveryStats.SignalRow s : stats.signals) {
            JsonNode c = s.client();
            firstSignal.merge(c.get("Postcode").asText() + "|" + c.get("Huisnummer").asText() + "|" + c.path("Huisnummertoevoeging").asText(""),
                    s.signaaldatum(), (a, b) -> a.isBefore(b) ? a : b);
        }
        int linked = 0;
        for (String[] e : events) {
            LocalDate since = firstSignal.get(e[5] + "|" + e[6] + "|" + e[7]);
            if (since == null) continue;
            linked++;
            LocalDate datum = CalibrationTest.parseDate(e[3]);
            long days = ChronoUnit.DAYS.between(since, datum);
            // After a signal at the address (an address may have signalled before the first generated month).
            assertTrue(days <= 366, e[2] + " " + days + " days after the first delivered signal");
        }
        System.out.printf("Events: %d, at signalled addresses: %d%n", events.size(), linked);
        assertTrue(linked > events.size() / 3, "most events follow a signal: " + linked + " of " + events.size());
    }

    @Test
    void oldCodesBeforeTheMerger() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<YearMonth, Set<String>> codes = new HashMap<>();
        for (Path file : output.leveringen()) {
            JsonNode delivery = mapper.readTree(file.toFile());
            YearMonth month = YearMonth.parse(delivery.get("startdatumLevering").asText().substring(0, 7));
            for (JsonNode levering : delivery.get("leveringen")) {
                codes.computeIfAbsent(month, m -> new TreeSet<>()).add(levering.get("gemeentecode").asText());
                String code = levering.get("gemeentecode").asText();
                for (JsonNode s : levering.get("vroegsignalen")) {
                    String plaats = s.get("client").get("Plaatsnaam").asText();
                    if (code.equals("0501")) assertEquals("Brielle", plaats);
                    if (code.equals("1992")) assertEquals("Voorne aan Zee", plaats);
                }
            }
        }
        assertEquals(Set.of("0344", "0501", "0530", "0614"), codes.get(YearMonth.of(2022, 12)));
        assertEquals(Set.of("0344", "1992"), codes.get(YearMonth.of(2023, 1)));
        for (String[] e : events) {
            LocalDate datum = CalibrationTest.parseDate(e[3]);
            if (e[4].equals("GM0344")) continue;
            assertEquals(datum.getYear() < 2023, !e[4].equals("GM1992"), e[4] + " on " + datum);
        }
        List<String> policy = Files.readAllLines(output.gemeentebeleid());
        Set<String> policyCodes = new TreeSet<>();
        policy.subList(1, policy.size()).forEach(l -> policyCodes.add(l.substring(0, 6)));
        assertEquals(Set.of("GM0344", "GM0501", "GM0530", "GM0614", "GM1992"), policyCodes);
    }

    @Test
    void policyOfAllMunicipalities() throws IOException {
        List<String> all = GeneratorSettings.parseMunicipalities("alle");
        Files.createDirectories(dir.resolve("beleid"));
        Path file = PolicyWriter.write(dir.resolve("beleid"), all.stream().map(gm -> new PolicyWriter.Entry(gm, 50_000, 0.4)).toList(), 3L);
        List<String> lines = Files.readAllLines(file);
        assertEquals(PolicyWriter.HEADER, lines.get(0));
        Map<String, String> firstThreshold = new HashMap<>();
        Set<String> twice = new HashSet<>();
        int rows75 = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            assertEquals(5, f.length, line);
            assertTrue(f[0].matches("GM\\d{4}") && f[1].matches("20\\d{2}-\\d{2}-01") && f[2].matches("|\\d+") && f[3].matches("\\d+")
                    && f[4].matches("ja|nee"), line);
            if (firstThreshold.putIfAbsent(f[0], f[2]) != null) twice.add(f[0]);
            else if (f[2].equals("75")) rows75++;
        }
        assertEquals(342, firstThreshold.size());
        long withThreshold = firstThreshold.values().stream().filter(t -> !t.isEmpty()).count();
        System.out.printf("Policy: %d municipalities, %d with a threshold, %d at 75, %d with a second row%n", firstThreshold.size(),
                withThreshold, rows75, twice.size());
        assertTrue(withThreshold >= 0.56 * 342 && withThreshold <= 0.72 * 342, "threshold share " + withThreshold);
        assertTrue(rows75 > withThreshold / 2, "75 is typical");
        assertTrue(twice.size() > 60 && twice.size() < 170, "second rows " + twice.size());
    }

    @Test
    void invalidDataCanBeSwitchedOff() throws IOException {
        GeneratorSettings clean = new GeneratorSettings(List.of("GM0344"), YearMonth.of(2025, 1), YearMonth.of(2025, 4), 7L, false);
        SampleDataGenerator.Output out = new SampleDataGenerator(clean).generate(dir.resolve("schoon"), message -> { });
        List<String[]> rows = CalibrationTest.readEvents(out.gebeurtenissen());
        assertFalse(rows.isEmpty());
        for (String[] e : rows) assertTrue(e[5].matches("[1-9][0-9]{3}[A-Z]{2}"), String.join(";", e));
        assertTrue(events.stream().anyMatch(e -> !e[5].matches("[1-9][0-9]{3}[A-Z]{2}")), "invalid postcodes by default");
    }
}
