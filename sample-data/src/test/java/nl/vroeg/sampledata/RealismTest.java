package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.vroeg.reference.CbsReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data looks like the real thing: volumes, matching, reach, and plausible field values. */
class RealismTest {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Set<String> HELP_ACCEPTED = nl.vroeg.reference.DdasCodes.hulpGeaccepteerd();

    @TempDir
    static Path dir;
    static List<Path> files;
    static DeliveryStats stats;
    static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void generateDemo() {
        files = new SampleDataGenerator(GeneratorSettings.demo()).writeDeliveries(dir, progress::add);
        stats = DeliveryStats.read(files);
        progress.forEach(System.out::println);
        System.out.printf("Demo generated: %d signals, %d cases%n", stats.signals.size(), stats.cases.size());
    }

    @Test
    void demoHasAFilePerMunicipalityAndQuarter() {
        assertEquals(12, files.size());
    }

    @Test
    void signalsPerThousandInhabitantsPerMonthAsNationally() {
        CbsReference cbs = CbsReference.shipped();
        Map<String, Map<YearMonth, Integer>> perMonth = stats.signalsPerMonth();
        assertEquals(Set.copyOf(GeneratorSettings.demo().gemeentecodes()), perMonth.keySet());
        perMonth.forEach((gm, months) -> {
            assertEquals(6, months.size(), gm);
            double perThousand = months.values().stream().mapToInt(Integer::intValue).average().orElseThrow()
                    * 1000.0 / cbs.inwoners(gm, 2025);
            System.out.printf("%s: %.2f signals per 1000 inhabitants per month, %s%n", gm, perThousand, months);
            assertTrue(perThousand >= 3.0 && perThousand <= 4.8, gm + ": " + perThousand);
        });
        Map<YearMonth, Integer> total = new TreeMap<>();
        perMonth.values().forEach(months -> months.forEach((month, count) -> total.merge(month, count, Integer::sum)));
        double otherMonths = total.entrySet().stream().filter(e -> e.getKey().getMonthValue() != 3)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        double march = total.get(YearMonth.of(2025, 3)) / otherMonths;
        assertTrue(march > 1.15 && march < 1.35, "March should be about 25% higher: " + march);
    }

    @Test
    void partnerMixAndDropOutAsNationally() {
        Map<String, Long> partners = new TreeMap<>();
        stats.signals.forEach(s -> partners.merge(s.partner(), 1L, Long::sum));
        double total = stats.signals.size();
        System.out.println("Partner mix: " + partners);
        assertShare(partners.get("Zorg") + partners.get("CAK Zorgverzekeringen"), total, 0.40, 0.50, "Zorg");
        assertShare(partners.get("Energie"), total, 0.20, 0.30, "Energie");
        assertShare(partners.get("Huur"), total, 0.16, 0.24, "Huur");
        assertShare(partners.get("Water"), total, 0.07, 0.13, "Water");

        Map<String, Long> statuses = new TreeMap<>();
        stats.signals.forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
        System.out.println("Statuses: " + statuses);
        assertShare(total - statuses.get("Nog niet opgepakt"), total, 0.13, 0.21, "not picked up");
        long onterecht = statuses.get("Niet opgepakt: onterecht signaal");
        statuses.forEach((status, count) -> {
            if (!status.equals("Nog niet opgepakt")) assertTrue(count <= onterecht, status + " more frequent than onterecht");
        });
    }

    @Test
    void someAddressesHaveSeveralSignalsAMonthAndSignalAgainLater() {
        assertTrue(stats.cases.values().stream().anyMatch(c -> c.signaalIds().size() >= 2), "no case with 2+ signals");
        Map<String, Double> meervoudig = stats.meervoudigPerMunicipality();
        Map<String, Double> again = stats.addressesSignallingAgain();
        System.out.println("Meervoudig share of cases: " + meervoudig);
        System.out.println("Addresses of January signalling again by June: " + again);
        meervoudig.forEach((gm, share) -> assertTrue(share >= 0.07 && share <= 0.16, gm + " meervoudig " + share));
        again.forEach((gm, share) -> assertTrue(share >= 0.25 && share <= 0.55, gm + " signalling again " + share));
    }

    @Test
    void reachDiffersAndOneMunicipalityMeetsTheTarget() {
        Map<String, Double> reach = stats.reachPerMunicipality();
        System.out.println("Reach (share of cases reached): " + reach);
        double max = reach.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = reach.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(max >= 0.40, "no municipality at the 40% target: " + reach);
        assertTrue(max - min >= 0.10, "reach should differ between municipalities: " + reach);
        reach.values().stream().filter(r -> r < max).forEach(r -> assertTrue(r >= 0.12 && r <= 0.32, "others 15-30%: " + reach));

        Collection<DeliveryStats.CaseRow> reached = stats.cases.values().stream().filter(DeliveryStats.CaseRow::bereikt).toList();
        long closedReached = reached.stream().filter(c -> c.json().has("resultaat")).count();
        long accepted = reached.stream().filter(c -> HELP_ACCEPTED.contains(c.json().path("resultaat").asText())).count();
        System.out.printf("Help accepted by %.1f%% of closed reached cases%n", 100.0 * accepted / closedReached);
        assertShare(accepted, closedReached, 0.30, 0.44, "help accepted when reached");
        assertTrue(stats.cases.values().stream().filter(c -> !c.bereikt())
                .noneMatch(c -> HELP_ACCEPTED.contains(c.json().path("resultaat").asText())), "help accepted without contact");
    }

    @Test
    void fieldValuesArePlausible() {
        Map<String, String> names = new TreeMap<>();
        GeneratorSettings.demo().gemeentecodes().forEach(gm -> names.put(gm, CbsReference.shipped().currentGemeente(gm).naam()));
        int badPostcodes = 0;
        int withoutBsn = 0;
        for (DeliveryStats.SignalRow s : stats.signals) {
            JsonNode client = s.client();
            LocalDate signaaldatum = s.signaaldatum();
            long arisen = ChronoUnit.DAYS.between(LocalDate.parse(s.json().get("ontstaansdatum").asText()), signaaldatum);
            assertTrue(arisen >= 30 && arisen <= 100, s.id() + " ontstaansdatum " + arisen + " days before");
            if (!POSTCODE.matcher(client.get("Postcode").asText()).matches()) badPostcodes++;
            if (client.has("Burgerservicenummer")) assertTrue(isElevenProof(client.get("Burgerservicenummer").asText()), s.id() + " BSN");
            else withoutBsn++;
            int age = Period.between(LocalDate.parse(client.get("Geboortedatum").asText()), signaaldatum).getYears();
            assertTrue(age >= 18 && age <= 91, s.id() + " age " + age);
            int bedrag = s.json().get("bedrag").intValue();
            assertTrue(bedrag >= 50 && bedrag <= 3000, s.id() + " bedrag " + bedrag);
            assertTrue(s.id().startsWith("VS-" + s.gemeente().substring(2) + "-"), s.id());
            assertEquals(names.get(s.gemeente()), client.get("Plaatsnaam").asText());
        }
        // amounts by partner type: rent hundreds to thousands, water tens to hundreds
        Map<String, double[]> amounts = new TreeMap<>();
        for (DeliveryStats.SignalRow s : stats.signals) {
            double[] sumCountMax = amounts.computeIfAbsent(s.json().get("signaalpartner").get("type").asText(), k -> new double[3]);
            int bedrag = s.json().get("bedrag").intValue();
            sumCountMax[0] += bedrag;
            sumCountMax[1]++;
            sumCountMax[2] = Math.max(sumCountMax[2], bedrag);
        }
        double meanRent = amounts.get("Huur")[0] / amounts.get("Huur")[1];
        double meanWater = amounts.get("Water")[0] / amounts.get("Water")[1];
        assertTrue(meanRent >= 500 && meanRent <= 2000 && amounts.get("Huur")[2] >= 1000, "rent " + meanRent);
        assertTrue(meanWater >= 50 && meanWater <= 300 && amounts.get("Water")[2] < 1000, "water " + meanWater);
        // deliberately invalid, as in real exports: about 0.5% bad postcodes, 2% without a BSN
        int signals = stats.signals.size();
        assertTrue(badPostcodes > 0 && badPostcodes < 0.015 * signals, "bad postcodes " + badPostcodes + " of " + signals);
        assertTrue(withoutBsn > 0.01 * signals && withoutBsn < 0.04 * signals, "without BSN " + withoutBsn + " of " + signals);
        for (DeliveryStats.CaseRow zaak : stats.cases.values()) {
            LocalDate first = stats.firstSignal(zaak).signaaldatum();
            for (JsonNode attempt : zaak.json().get("contactpogingen")) {
                LocalDate datum = LocalDate.parse(attempt.get("datum").asText());
                long days = ChronoUnit.DAYS.between(first, datum);
                assertTrue(days >= 1 && days <= 40, zaak.key() + " attempt " + days + " days after the first signal");
                assertTrue(datum.isBefore(zaak.aanleverdatum()), zaak.key() + " attempt after its delivery");
            }
        }
    }

    private static boolean isElevenProof(String bsn) {
        if (!bsn.matches("[0-9]{9}")) return false;
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (bsn.charAt(i) - '0') * (9 - i);
        return (sum - (bsn.charAt(8) - '0')) % 11 == 0;
    }

    private static void assertShare(double part, double total, double min, double max, String what) {
        double share = part / total;
        assertTrue(share >= min && share <= max, what + ": " + share);
    }
}
