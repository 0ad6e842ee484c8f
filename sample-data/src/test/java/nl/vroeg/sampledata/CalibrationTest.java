package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.vroeg.reference.CbsReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the generator against the national figures the warehouse is meant to reproduce:
 * <ul>
 *   <li>one national month (all 342 municipalities, March 2025): volumes, partner mix, not picked up, a schema check
 *       of a sample of leveringen;</li>
 *   <li>seven months (September 2024 to March 2025) for the province of Utrecht: March peak, meervoudig and
 *       opeenvolgend cases, contact attempts, reach, help accepted, and the partner events that follow signals.</li>
 * </ul>
 */
class CalibrationTest {

    private static final YearMonth NATIONAL_MONTH = YearMonth.of(2025, 3);
    private static final Set<String> HELP_ACCEPTED = nl.vroeg.reference.DdasCodes.hulpGeaccepteerd();
    private static final Set<String> NEGATIVE = Set.of("EINDELEVERING", "AANKONDIGING_AFSLUITING", "AFSLUITING",
            "AANZEGGING_ONTRUIMING", "ONTRUIMING", "WANBETALERSREGELING");

    @TempDir
    static Path dir;
    static SampleDataGenerator.Output national;
    static DeliveryStats nationalStats;
    static List<String> provinceCodes;
    static SampleDataGenerator.Output province;
    static DeliveryStats provinceStats;

    @BeforeAll
    static void generate() {
        List<String> all = GeneratorSettings.parseMunicipalities("alle");
        assertEquals(342, all.size());
        national = new SampleDataGenerator(new GeneratorSettings(all, NATIONAL_MONTH, NATIONAL_MONTH, 17L))
                .generate(dir.resolve("nationaal"), System.out::println);
        nationalStats = DeliveryStats.read(national.leveringen());
        System.out.printf("National month generated: %d signals, %d cases%n",
                nationalStats.signals.size(), nationalStats.cases.size());

        provinceCodes = GeneratorSettings.parseMunicipalities("Utrecht");
        province = new SampleDataGenerator(new GeneratorSettings(provinceCodes, YearMonth.of(2024, 9), NATIONAL_MONTH, 17L))
                .generate(dir.resolve("utrecht"), System.out::println);
        provinceStats = DeliveryStats.read(province.leveringen());
        System.out.printf("Utrecht, 7 months, generated: %d signals, %d cases%n",
                provinceStats.signals.size(), provinceStats.cases.size());
    }

    @Test
    void nationalVolume() {
        CbsReference cbs = CbsReference.shipped();
        long inhabitants = GeneratorSettings.parseMunicipalities("alle").stream().mapToLong(gm -> cbs.inwoners(gm, 2025)).sum();
        double perThousand = nationalStats.signals.size() * 1000.0 / inhabitants;
        double withoutPeak = perThousand / SignalSimulator.MARCH_FACTOR;
        System.out.printf("National March: %.2f signals per 1000 inhabitants (%.2f without the March peak)%n", perThousand, withoutPeak);
        assertTrue(withoutPeak >= 3.3 && withoutPeak <= 4.4, "per 1000 a month: " + withoutPeak);
    }

    @Test
    void marchPeak() {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        provinceStats.signals.forEach(s -> perMonth.merge(s.maand(), 1, Integer::sum));
        double others = perMonth.entrySet().stream().filter(e -> e.getKey().getMonthValue() != 3).mapToInt(Map.Entry::getValue)
                .average().orElseThrow();
        double march = perMonth.get(NATIONAL_MONTH) / others;
        System.out.println("Utrecht signals per month: " + perMonth + ", March / other months = " + march);
        assertTrue(march > 1.15 && march < 1.35, "March peak " + march);
    }

    @Test
    void partnerMixAndNotPickedUp() {
        Map<String, Long> partners = count(nationalStats.signals, DeliveryStats.SignalRow::partner);
        double total = nationalStats.signals.size();
        System.out.println("National partner mix: " + shares(partners, total));
        assertShare(partners.get("Zorg") + partners.get("CAK Zorgverzekeringen"), total, 0.42, 0.48, "Zorg + CAK");
        assertShare(partners.get("Energie"), total, 0.22, 0.28, "Energie");
        assertShare(partners.get("Huur"), total, 0.17, 0.23, "Huur");
        assertShare(partners.get("Water"), total, 0.08, 0.12, "Water");
        long others = partners.getOrDefault("Hypotheek", 0L) + partners.getOrDefault("CAK Eigen bijdrage", 0L)
                + partners.getOrDefault("Overige", 0L);
        assertShare(others, total, 0.01, 0.05, "other partner types");

        Map<String, Long> statuses = count(nationalStats.signals, DeliveryStats.SignalRow::status);
        long notPickedUp = (long) total - statuses.get("Nog niet opgepakt");
        System.out.println("National statuses: " + shares(statuses, total));
        assertShare(notPickedUp, total, 0.15, 0.19, "not picked up");
        assertShare(statuses.get("Persoon is geen inwoner (meer) in de gemeente"), notPickedUp, 0.16, 0.25, "BRP reason of not picked up");
    }

    @Test
    void singleMultipleAndRecurringCases() {
        // Cases of the last month, whose addresses had six months to signal before.
        Map<String, Integer> perAddressMonth = new HashMap<>();
        Map<String, List<YearMonth>> monthsOfAddress = new HashMap<>();
        for (DeliveryStats.SignalRow s : provinceStats.signals) {
            perAddressMonth.merge(s.gemeente() + s.adres() + s.maand(), 1, Integer::sum);
            monthsOfAddress.computeIfAbsent(s.gemeente() + s.adres(), a -> new ArrayList<>()).add(s.maand());
        }
        int cases = 0, multiple = 0, recurring = 0, single = 0;
        for (DeliveryStats.CaseRow zaak : provinceStats.cases.values()) {
            DeliveryStats.SignalRow first = provinceStats.firstSignal(zaak);
            if (!first.maand().equals(NATIONAL_MONTH)) continue;
            cases++;
            boolean m = perAddressMonth.get(first.gemeente() + first.adres() + first.maand()) >= 2;
            boolean r = monthsOfAddress.get(first.gemeente() + first.adres()).stream()
                    .anyMatch(month -> month.isBefore(NATIONAL_MONTH) && !month.isBefore(NATIONAL_MONTH.minusMonths(6)));
            if (m) multiple++;
            if (r) recurring++;
            if (!m && !r) single++;
        }
        System.out.printf("Cases of %s: %d; single %.1f%%, 2+ signals that month %.1f%%, signal in the 6 months before %.1f%%%n",
                NATIONAL_MONTH, cases, 100.0 * single / cases, 100.0 * multiple / cases, 100.0 * recurring / cases);
        assertShare(single, cases, 0.42, 0.58, "single");
        assertShare(multiple, cases, 0.08, 0.14, "meervoudig");
        assertShare(recurring, cases, 0.34, 0.46, "opeenvolgend");
    }

    @Test
    void attemptsReachAndHelp() {
        // Cases of September to January: worked out by the last delivery.
        List<DeliveryStats.CaseRow> done = provinceStats.cases.values().stream()
                .filter(c -> provinceStats.firstSignal(c).maand().isBefore(YearMonth.of(2025, 2))).toList();
        List<DeliveryStats.CaseRow> attempted = done.stream().filter(c -> c.json().get("contactpogingen").size() > 0).toList();
        double withAttempt = (double) attempted.size() / done.size();
        double reach = share(done, DeliveryStats.CaseRow::bereikt);
        double letterOnly = reachOf(attempted, c -> allOf(c, "Brief"));
        double phone = reachOf(attempted, c -> anyOf(c, "Telefoon"));
        double visit = reachOf(attempted, c -> anyOf(c, "Huisbezoek"));
        double oneOrTwo = reachOf(attempted, c -> c.json().get("contactpogingen").size() <= 2);
        double three = reachOf(attempted, c -> c.json().get("contactpogingen").size() == 3);
        double fourPlus = reachOf(attempted, c -> c.json().get("contactpogingen").size() >= 4);
        System.out.printf("Cases %d: with attempt %.1f%%, reach %.1f%%; reach letter-only %.1f%%, with phone %.1f%%, with home visit %.1f%%;"
                        + " by attempts 1-2 %.1f%%, 3 %.1f%%, 4+ %.1f%%%n", done.size(), 100 * withAttempt, 100 * reach,
                100 * letterOnly, 100 * phone, 100 * visit, 100 * oneOrTwo, 100 * three, 100 * fourPlus);
        assertTrue(withAttempt >= 0.75 && withAttempt <= 0.85, "with attempt " + withAttempt);
        assertTrue(reach >= 0.16 && reach <= 0.26, "reach " + reach);
        // targets (Divosa): letter-only ~6%, with phone ~59%, with home visit ~46%, 1-2 attempts ~18%, 4+ ~37%
        assertTrue(letterOnly >= 0.03 && letterOnly <= 0.10, "letter-only reach " + letterOnly);
        assertTrue(phone >= 0.50 && phone <= 0.68, "reach with phone " + phone);
        assertTrue(visit >= 0.38 && visit <= 0.54, "reach with home visit " + visit);
        assertTrue(oneOrTwo >= 0.13 && oneOrTwo <= 0.24, "reach with 1-2 attempts " + oneOrTwo);
        assertTrue(fourPlus >= 0.30 && fourPlus <= 0.46, "reach with 4+ attempts " + fourPlus);

        List<DeliveryStats.CaseRow> reached = done.stream().filter(DeliveryStats.CaseRow::bereikt).toList();
        Map<String, int[]> byAge = new TreeMap<>();
        for (DeliveryStats.CaseRow c : reached) {
            DeliveryStats.SignalRow first = provinceStats.firstSignal(c);
            int age = Period.between(LocalDate.parse(first.client().get("Geboortedatum").asText()), first.signaaldatum()).getYears();
            String group = age < 27 ? "18-26" : age >= 65 ? "65+" : "27-64";
            int[] n = byAge.computeIfAbsent(group, g -> new int[2]);
            n[1]++;
            if (HELP_ACCEPTED.contains(c.json().path("resultaat").asText())) n[0]++;
        }
        int accepted = byAge.values().stream().mapToInt(n -> n[0]).sum();
        double overall = (double) accepted / reached.size();
        Map<String, String> shares = new TreeMap<>();
        byAge.forEach((g, n) -> shares.put(g, String.format("%.1f%% of %d", 100.0 * n[0] / n[1], n[1])));
        System.out.printf("Help accepted by %.1f%% of reached; by age %s%n", 100 * overall, shares);
        assertTrue(overall >= 0.33 && overall <= 0.41, "help accepted " + overall);
        double middle = rate(byAge.get("27-64"));
        assertTrue(rate(byAge.get("18-26")) < middle && rate(byAge.get("65+")) < middle, "lower for young and old: " + shares);
    }

    @Test
    void arrearsAgeAndEveryFileValidatesAgainstTheSchema() throws IOException {
        for (DeliveryStats.SignalRow s : nationalStats.signals) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(s.json().get("ontstaansdatum").asText()), s.signaaldatum());
            assertTrue(days >= 30 && days <= 100, s.id() + ": " + days);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/ddas/json_schema_Uitwisselmodel.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
        ObjectMapper mapper = new ObjectMapper();
        int validated = 0;
        for (Path file : national.leveringen()) {
            JsonNode delivery = mapper.readTree(file.toFile());
            validated += delivery.get("leveringen").size();
            Set<ValidationMessage> errors = schema.validate(delivery);
            assertEquals(Set.of(), errors, file + " breaks the schema");
        }
        assertEquals(342, validated, "every levering of the national month");
    }

    @Test
    void partnerEventsFollowSignalsAndLessOftenAfterHelp() throws IOException {
        List<String[]> events = readEvents(province.gebeurtenissen());
        Map<String, Long> kinds = new TreeMap<>();
        events.forEach(e -> kinds.merge(e[2], 1L, Long::sum));
        long invalidPostcode = events.stream().filter(e -> !e[5].matches("[1-9][0-9]{3}[A-Z]{2}")).count();
        System.out.printf("Utrecht events, 7 months: %d %s; invalid postcode %.2f%%%n", events.size(), kinds, 100.0 * invalidPostcode / events.size());
        assertTrue(invalidPostcode > 0 && invalidPostcode < 0.03 * events.size(), "invalid postcodes " + invalidPostcode);
        CbsReference cbs = CbsReference.shipped();
        long inhabitants = provinceCodes.stream().mapToLong(gm -> cbs.inwoners(gm, 2025)).sum();
        double evictionsPerYear = kinds.getOrDefault("ONTRUIMING", 0L) * 12.0 / 7 * 18_000_000 / inhabitants;
        System.out.printf("Evictions scaled to a national year: %.0f%n", evictionsPerYear);
        assertTrue(evictionsPerYear > 700 && evictionsPerYear < 1_800, "evictions " + evictionsPerYear);
        long energyDisconnections = events.stream().filter(e -> e[0].equals("Energie") && e[2].equals("AFSLUITING")).count();
        double disconnectionsPerYear = energyDisconnections * 12.0 / 7 * 18_000_000 / inhabitants;
        System.out.printf("Electricity disconnections scaled to a national year: %.0f%n", disconnectionsPerYear);
        assertTrue(disconnectionsPerYear > 1_200 && disconnectionsPerYear < 3_000, "disconnections " + disconnectionsPerYear);

        // Addresses signalled in September to November, followed until March: helped or not.
        Map<String, Boolean> helped = new HashMap<>();
        Map<String, LocalDate> signalled = new HashMap<>();
        for (DeliveryStats.CaseRow c : provinceStats.cases.values()) {
            DeliveryStats.SignalRow first = provinceStats.firstSignal(c);
            if (first.maand().isAfter(YearMonth.of(2024, 11))) continue;
            String key = first.gemeente() + "|" + first.client().get("Postcode").asText() + "|" + first.client().get("Huisnummer").asText()
                    + "|" + first.client().path("Huisnummertoevoeging").asText("");
            boolean h = c.bereikt() && HELP_ACCEPTED.contains(c.json().path("resultaat").asText());
            helped.merge(key, h, Boolean::logicalOr);
            signalled.merge(key, first.signaaldatum(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<String> withEvent = new HashSet<>();
        for (String[] e : events) {
            String key = e[4] + "|" + e[5] + "|" + e[6] + "|" + e[7];
            LocalDate since = signalled.get(key);
            if (since != null && NEGATIVE.contains(e[2]) && parseDate(e[3]).isAfter(since)) withEvent.add(key);
        }
        double helpedRate = rateOf(helped, withEvent, true);
        double otherRate = rateOf(helped, withEvent, false);
        System.out.printf("Negative event after the signal: helped %.1f%% of %d, others %.1f%% of %d (ratio %.1f)%n",
                100 * helpedRate, helped.values().stream().filter(b -> b).count(), 100 * otherRate,
                helped.values().stream().filter(b -> !b).count(), otherRate / helpedRate);
        assertTrue(otherRate > 1.5 * helpedRate, "events should be rarer after help: " + helpedRate + " vs " + otherRate);
    }

    private static double rateOf(Map<String, Boolean> helped, Set<String> withEvent, boolean group) {
        long n = helped.values().stream().filter(b -> b == group).count();
        long hit = helped.entrySet().stream().filter(e -> e.getValue() == group && withEvent.contains(e.getKey())).count();
        return (double) hit / n;
    }

    /** partnertype, partner, gebeurtenis, datum, gemeentecode, postcode, huisnummer, toevoeging, bsn, geboortedatum. */
    static List<String[]> readEvents(List<Path> files) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xlsx")) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                    Sheet sheet = workbook.getSheet("Ontruimingen");
                    for (Row row : sheet) {
                        if (row.getRowNum() < 4) continue;
                        String[] r = new String[10];
                        int[] columns = {1, 2, 3, 4, 0, 5, 6, 7, 8, 9};
                        for (int i = 0; i < 10; i++) r[i] = text(row.getCell(columns[i]));
                        rows.add(r);
                    }
                }
                continue;
            }
            Charset charset = name.contains("zorg") ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            List<String> lines = Files.readAllLines(file, charset);
            String separator = lines.get(0).contains(";") ? ";" : ",";
            for (String line : lines.subList(1, lines.size())) rows.add(line.split(separator, -1));
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) return "";
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        return cell.getStringCellValue();
    }

    static LocalDate parseDate(String text) {
        return text.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd-MM-yyyy")) : LocalDate.parse(text);
    }

    private static boolean allOf(DeliveryStats.CaseRow c, String soort) {
        for (JsonNode a : c.json().get("contactpogingen")) if (!a.get("soort").asText().equals(soort)) return false;
        return true;
    }

    private static boolean anyOf(DeliveryStats.CaseRow c, String soort) {
        for (JsonNode a : c.json().get("contactpogingen")) if (a.get("soort").asText().equals(soort)) return true;
        return false;
    }

    private static double reachOf(List<DeliveryStats.CaseRow> cases, Predicate<DeliveryStats.CaseRow> filter) {
        return share(cases.stream().filter(filter).toList(), DeliveryStats.CaseRow::bereikt);
    }

    private static double share(List<DeliveryStats.CaseRow> cases, Predicate<DeliveryStats.CaseRow> test) {
        return cases.isEmpty() ? 0 : (double) cases.stream().filter(test).count() / cases.size();
    }

    private static double rate(int[] n) {
        return (double) n[0] / n[1];
    }

    private static <T> Map<String, Long> count(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
        return counts;
    }

    private static Map<String, String> shares(Map<String, Long> counts, double total) {
        Map<String, String> shares = new TreeMap<>();
        counts.forEach((k, v) -> shares.put(k, String.format("%.1f%%", 100 * v / total)));
        return shares;
    }

    private static void assertShare(double part, double total, double min, double max, String what) {
        double share = part / total;
        assertTrue(share >= min && share <= max, what + ": " + share);
    }
}
