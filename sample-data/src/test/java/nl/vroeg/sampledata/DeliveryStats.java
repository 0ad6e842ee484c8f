package nl.vroeg.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads generated deliveries back the way the warehouse would (latest version of a case wins, a case identified by
 * supplier, municipality and its smallest signal ID) and computes the figures the realism test checks.
 */
final class DeliveryStats {

    record SignalRow(String leverancier, String gemeente, JsonNode json, LocalDate aanleverdatum) {
        String id() { return json.get("ID").asText(); }
        LocalDate signaaldatum() { return LocalDate.parse(json.get("signaaldatum").asText()); }
        YearMonth maand() { return YearMonth.from(signaaldatum()); }
        String status() { return json.get("status").asText(); }
        String partner() { return json.get("signaalpartner").get("type").asText(); }
        JsonNode client() { return json.get("client"); }
        String adres() {
            JsonNode c = client();
            return c.get("Postcode").asText() + " " + c.get("Huisnummer").asText() + " " + c.path("Huisnummertoevoeging").asText("");
        }
    }

    record CaseRow(String leverancier, String gemeente, JsonNode json, LocalDate aanleverdatum) {
        List<String> signaalIds() {
            List<String> ids = new ArrayList<>();
            json.get("vroegsignalen").forEach(s -> ids.add(s.get("ID").asText()));
            return ids;
        }
        String key() {
            return leverancier + "|" + gemeente + "|" + signaalIds().stream().min(Comparator.naturalOrder()).orElseThrow();
        }
        boolean bereikt() {
            for (JsonNode attempt : json.get("contactpogingen")) if (attempt.get("bereikt").asBoolean()) return true;
            return false;
        }
    }

    final List<SignalRow> signals = new ArrayList<>();
    /** Latest version of every case. */
    final Map<String, CaseRow> cases = new LinkedHashMap<>();
    final Map<String, SignalRow> signalsById = new HashMap<>();

    static DeliveryStats read(List<Path> files) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> deliveries = new ArrayList<>();
        try {
            for (Path file : files) deliveries.add(mapper.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deliveries.sort(Comparator.comparing(d -> d.get("aanleverdatumEnTijd").asText()));
        DeliveryStats stats = new DeliveryStats();
        for (JsonNode delivery : deliveries) {
            String leverancier = delivery.get("codeGegevensleverancier").asText();
            LocalDate aanleverdatum = LocalDate.parse(delivery.get("aanleverdatumEnTijd").asText().substring(0, 10));
            for (JsonNode levering : delivery.get("leveringen")) {
                String gemeente = "GM" + levering.get("gemeentecode").asText();
                for (JsonNode s : levering.get("vroegsignalen")) {
                    SignalRow row = new SignalRow(leverancier, gemeente, s, aanleverdatum);
                    stats.signals.add(row);
                    if (stats.signalsById.put(leverancier + "|" + gemeente + "|" + row.id(), row) != null) {
                        throw new IllegalStateException("Duplicate signal ID " + row.id());
                    }
                }
                for (JsonNode z : levering.get("vroegsignaalzaken")) {
                    CaseRow row = new CaseRow(leverancier, gemeente, z, aanleverdatum);
                    stats.cases.put(row.key(), row);
                }
            }
        }
        return stats;
    }

    Map<String, Map<YearMonth, Integer>> signalsPerMonth() {
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        signals.forEach(s -> counts.computeIfAbsent(s.gemeente(), g -> new TreeMap<>()).merge(s.maand(), 1, Integer::sum));
        return counts;
    }

    /** Share of the latest case versions, per municipality, with at least one attempt that reached the resident. */
    Map<String, Double> reachPerMunicipality() {
        return sharePerMunicipality(cases.values(), CaseRow::bereikt);
    }

    /** Cases whose first signal's address had two or more signals that month (indicators.md, meervoudig). */
    Map<String, Double> meervoudigPerMunicipality() {
        Map<String, Integer> signalsPerAddressMonth = new HashMap<>();
        signals.forEach(s -> signalsPerAddressMonth.merge(s.gemeente() + s.adres() + s.maand(), 1, Integer::sum));
        return sharePerMunicipality(cases.values(), c -> {
            SignalRow first = firstSignal(c);
            return signalsPerAddressMonth.get(first.gemeente() + first.adres() + first.maand()) >= 2;
        });
    }

    /** Of the addresses signalled in the first month, the share with another signal in the following months. */
    Map<String, Double> addressesSignallingAgain() {
        YearMonth firstMonth = signals.stream().map(SignalRow::maand).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, Boolean> again = new HashMap<>();
        signals.stream().filter(s -> s.maand().equals(firstMonth)).forEach(s -> again.put(s.gemeente() + "|" + s.adres(), false));
        signals.stream().filter(s -> s.maand().isAfter(firstMonth)).forEach(s -> again.computeIfPresent(s.gemeente() + "|" + s.adres(), (k, v) -> true));
        Map<String, int[]> counts = new TreeMap<>();
        again.forEach((key, value) -> {
            int[] c = counts.computeIfAbsent(key.substring(0, 6), g -> new int[2]);
            c[1]++;
            if (value) c[0]++;
        });
        Map<String, Double> shares = new TreeMap<>();
        counts.forEach((g, c) -> shares.put(g, (double) c[0] / c[1]));
        return shares;
    }

    SignalRow firstSignal(CaseRow zaak) {
        return zaak.signaalIds().stream().map(id -> signalsById.get(zaak.leverancier() + "|" + zaak.gemeente() + "|" + id))
                .min(Comparator.comparing(SignalRow::signaaldatum).thenComparing(SignalRow::id)).orElseThrow();
    }

    private static Map<String, Double> sharePerMunicipality(Iterable<CaseRow> rows, java.util.function.Predicate<CaseRow> test) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CaseRow row : rows) {
            int[] c = counts.computeIfAbsent(row.gemeente(), g -> new int[2]);
            c[1]++;
            if (test.test(row)) c[0]++;
        }
        Map<String, Double> shares = new TreeMap<>();
        counts.forEach((g, c) -> shares.put(g, (double) c[0] / c[1]));
        return shares;
    }
}
