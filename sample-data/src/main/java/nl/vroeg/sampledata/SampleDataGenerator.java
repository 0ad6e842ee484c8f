package nl.vroeg.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.vroeg.reference.CbsReference;
import nl.vroeg.reference.CbsReference.Gemeente;
import nl.vroeg.reference.CbsReference.Herindeling;

/**
 * Generates fake but realistic DDAS v0.9 deliveries: per data supplier and month one file
 * {@code ddas-<LEVERANCIER>-<yyyy-MM>.json} with one levering per municipality the supplier serves. The same
 * settings always give byte-identical files.
 *
 * <p>Each monthly delivery holds the month's new signals and every case that was opened or progressed (new attempts,
 * an outcome) since the supplier's previous delivery, as it stood on the delivery date. So cases are re-sent as
 * they progress, and the last month's cases are still partly open, as in real exports.
 */
public final class SampleDataGenerator {

    /** The data suppliers (case-system vendors) municipalities are divided over. */
    static final List<String> LEVERANCIERS = List.of("BKR-VPS", "XXLLNC-VS");
    /** Outreach levels calibrated to a reach of about 47% (active) and 19-23% (typical), see {@link CaseWorker}. */
    private static final double ACTIVE_OUTREACH = 0.9;
    private static final double TYPICAL_OUTREACH_MIN = 0.3;
    private static final double TYPICAL_OUTREACH_SPREAD = 0.3;
    private static final String VOORBEELDEN = "/ddas-voorbeelden/";
    private static final List<String> OFFICIAL_EXAMPLES = List.of("enkelvoudigVoorbeeld.json", "meervoudigVoorbeeld.json");

    /** Above this many municipalities progress is reported per tenth of the work instead of per municipality. */
    private static final int DETAILED_PROGRESS_MAX = 20;

    /** Everything {@link #generate} wrote. */
    public record Output(List<Path> leveringen, List<Path> gebeurtenissen, Path gemeentebeleid) {
        public List<Path> all() {
            List<Path> all = new ArrayList<>(leveringen);
            all.addAll(gebeurtenissen);
            all.add(gemeentebeleid);
            return all;
        }
    }

    private final GeneratorSettings settings;
    private final List<MunicipalityProfile> profiles;
    /** Per current municipality formed by a merger: the old municipalities, valid before the merger's ingangsdatum. */
    private final Map<String, List<Herindeling>> predecessors = new TreeMap<>();
    /** Per municipality the signalled addresses of the year before the first month (filled by simulate). */
    private final Map<MunicipalityProfile, List<PartnerEventSimulator.Cohort>> warmUp = new java.util.IdentityHashMap<>();

    public SampleDataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.profiles = profiles(settings, CbsReference.shipped());
        CbsReference cbs = CbsReference.shipped();
        for (Herindeling h : cbs.herindelingen()) {
            if (settings.gemeentecodes().contains(h.nieuweCode()) && !h.oudeCode().equals(h.nieuweCode())) {
                predecessors.computeIfAbsent(h.nieuweCode(), c -> new ArrayList<>()).add(h);
            }
        }
        // A municipality that absorbed others (Purmerend, Amsterdam) was itself one of the old municipalities.
        int firstYear = cbs.gemeenten().stream().mapToInt(Gemeente::jaar).min().orElseThrow();
        predecessors.forEach((code, old) -> cbs.gemeenten().stream()
                .filter(g -> g.jaar() == firstYear && g.code().equals(code)).findFirst()
                .ifPresent(g -> old.add(new Herindeling(old.get(0).ingangsdatum(), code, g.naam(), code, g.naam()))));
        predecessors.values().forEach(list -> list.sort(Comparator.comparing(Herindeling::oudeCode)));
    }

    /**
     * Approximate inhabitants on 1 January 2021 (CBS, rounded to thousands) of the municipalities merged in 2022-2023,
     * to divide a successor's addresses over them; the shipped inhabitant figures start in 2023. A municipality
     * missing here weighs as much as the average of the others.
     */
    private static final Map<String, Integer> INHABITANTS_2021 = Map.ofEntries(
            Map.entry("GM0398", 57_000), Map.entry("GM0416", 28_000), Map.entry("GM0756", 29_000), Map.entry("GM1684", 25_000),
            Map.entry("GM0786", 13_000), Map.entry("GM0815", 11_000), Map.entry("GM1702", 12_000), Map.entry("GM0856", 42_000),
            Map.entry("GM1685", 16_000), Map.entry("GM0370", 10_000), Map.entry("GM0439", 81_000), Map.entry("GM0457", 20_000),
            Map.entry("GM0363", 873_000), Map.entry("GM0501", 17_000), Map.entry("GM0530", 40_000), Map.entry("GM0614", 15_000));

    /**
     * The municipality code valid at an address on a date: before a merger, that of one of the old municipalities.
     * The successor's addresses are divided over its predecessors by a hash of the address, in proportion to their
     * approximate 2021 inhabitants ({@link #INHABITANTS_2021}); an address stays with the same old municipality.
     * Signal IDs keep the successor's code (they are the supplier system's own identifiers).
     */
    String codeOn(String gmCode, Household household, LocalDate date) {
        Herindeling old = predecessorOn(gmCode, household, date);
        return old == null ? gmCode : old.oudeCode();
    }

    private Herindeling predecessorOn(String gmCode, Household household, LocalDate date) {
        List<Herindeling> old = predecessors.get(gmCode);
        if (old == null || !date.isBefore(old.get(0).ingangsdatum())) return null;
        String address = household.postcode() + " " + household.huisnummer() + " " + household.huisnummertoevoeging();
        double average = old.stream().mapToInt(h -> INHABITANTS_2021.getOrDefault(h.oudeCode(), 0)).filter(n -> n > 0).average().orElse(1);
        double total = old.stream().mapToDouble(h -> INHABITANTS_2021.getOrDefault(h.oudeCode(), (int) average)).sum();
        double point = Math.floorMod(address.hashCode() * 0x9E3779B1, 1_000_003) / 1_000_003.0 * total;
        for (Herindeling h : old) {
            point -= INHABITANTS_2021.getOrDefault(h.oudeCode(), (int) average);
            if (point < 0) return h;
        }
        return old.get(old.size() - 1);
    }

    /**
     * Writes everything for the settings into dir: the DDAS deliveries, per month the partner event files (see
     * {@link PartnerEventWriter}) about the same households, and {@code gemeentebeleid.csv}.
     */
    public Output generate(Path dir, Consumer<String> progress) {
        createDirectories(dir);
        Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work = simulate(progress);
        List<Path> leveringen = writeJson(dir, work, progress);
        List<Path> gebeurtenissen = writePartnerEvents(dir, work, progress);
        Path beleid = PolicyWriter.write(dir, policyEntries(), settings.seed());
        progress.accept("Geschreven: " + beleid.getFileName());
        return new Output(leveringen, gebeurtenissen, beleid);
    }

    /**
     * Each municipality gets a supplier and an outreach level, fixed by the seed. The suppliers take turns so both
     * appear; exactly one municipality is an active one (reach above the national 40% target), the others reach
     * 15-30% of their cases, as most municipalities do.
     */
    private static List<MunicipalityProfile> profiles(GeneratorSettings settings, CbsReference cbs) {
        List<String> supplierOrder = shuffled(settings, "leveranciers");
        String activeMunicipality = shuffled(settings, "outreach").get(0);
        List<MunicipalityProfile> profiles = new ArrayList<>();
        for (String code : settings.gemeentecodes()) {
            Gemeente gemeente = cbs.currentGemeente(code);
            String leverancier = LEVERANCIERS.get(supplierOrder.indexOf(code) % LEVERANCIERS.size());
            double outreach = code.equals(activeMunicipality) ? ACTIVE_OUTREACH
                    : TYPICAL_OUTREACH_MIN + TYPICAL_OUTREACH_SPREAD * Seeds.random(settings.seed(), "outreach " + code).nextDouble();
            AanleverendeOrganisatie organisatie = AanleverendeOrganisatie.of(gemeente, Seeds.random(settings.seed(), "organisatie " + code));
            profiles.add(new MunicipalityProfile(gemeente, leverancier, outreach, organisatie));
        }
        return profiles;
    }

    private static List<String> shuffled(GeneratorSettings settings, String purpose) {
        List<String> codes = new ArrayList<>(settings.gemeentecodes());
        Collections.shuffle(codes, Seeds.random(settings.seed(), purpose));
        return codes;
    }

    /** Writes the deliveries into dir (created if needed) and returns the files written, in order. */
    public List<Path> writeDeliveries(Path dir, Consumer<String> progress) {
        createDirectories(dir);
        return writeJson(dir, simulate(progress), progress);
    }

    private List<Path> writeJson(Path dir, Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work, Consumer<String> progress) {
        Map<String, List<MunicipalityProfile>> bySupplier = new TreeMap<>();
        profiles.stream().sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(p -> bySupplier.computeIfAbsent(p.leverancier(), l -> new ArrayList<>()).add(p));

        List<Path> written = new ArrayList<>();
        Map<Case, Case.State> lastSent = new IdentityHashMap<>(); // lookups only, never iterated
        for (YearMonth month : settings.months()) {
            for (Map.Entry<String, List<MunicipalityProfile>> supplier : bySupplier.entrySet()) {
                LocalDateTime aanleverdatum = deliveryMoment(supplier.getKey(), month);
                List<DeliveryWriter.Levering> leveringen = new ArrayList<>();
                for (MunicipalityProfile profile : supplier.getValue()) {
                    Map<YearMonth, MonthOfWork> months = work.get(profile);
                    List<Case.State> changed = changedCases(months, month, aanleverdatum, lastSent);
                    leveringen.addAll(leveringen(profile, month, months.get(month).signalen(), changed));
                }
                Path file = dir.resolve(String.format("ddas-%s-%s.json", supplier.getKey(), month));
                DeliveryWriter.write(file, supplier.getKey(), month, aanleverdatum, leveringen, settings.ongeldigeGegevens());
                written.add(file);
                progress.accept(String.format("Geschreven: %s (%d leveringen, %d vroegsignalen, %d zaken)", file.getFileName(),
                        leveringen.size(), leveringen.stream().mapToInt(l -> l.signalen().size()).sum(),
                        leveringen.stream().mapToInt(l -> l.zaken().size()).sum()));
            }
        }
        return written;
    }

    /** One levering, or before a merger one per old municipality, each with the signals and cases of its addresses. */
    private List<DeliveryWriter.Levering> leveringen(MunicipalityProfile profile, YearMonth month, List<Signal> signals,
                                                     List<Case.State> changed) {
        LocalDate first = month.atDay(1);
        List<Herindeling> old = predecessors.get(profile.code());
        if (old == null || !first.isBefore(old.get(0).ingangsdatum())) {
            return List.of(new DeliveryWriter.Levering(profile, signals, changed));
        }
        List<DeliveryWriter.Levering> split = new ArrayList<>();
        for (Herindeling h : old) {
            List<Signal> own = signals.stream().filter(s -> predecessorOn(profile.code(), s.household(), first) == h).toList();
            List<Case.State> ownCases = changed.stream()
                    .filter(c -> predecessorOn(profile.code(), c.zaak().signalen().get(0).household(), first) == h).toList();
            split.add(new DeliveryWriter.Levering(profile, h.oudeCode(), h.oudeNaam(), own, ownCases));
        }
        return split;
    }

    private List<Path> writePartnerEvents(Path dir, Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work, Consumer<String> progress) {
        Map<YearMonth, List<PartnerEvent>> byMonth = new TreeMap<>();
        settings.months().forEach(m -> byMonth.put(m, new ArrayList<>()));
        for (Map.Entry<MunicipalityProfile, Map<YearMonth, MonthOfWork>> entry : work.entrySet()) {
            MunicipalityProfile profile = entry.getKey();
            long inwoners = CbsReference.shipped().inwoners(profile.code(), settings.van().getYear());
            PartnerEventSimulator simulator = new PartnerEventSimulator(profile, inwoners, settings.seed(), settings.ongeldigeGegevens(),
                    (household, date) -> codeOn(profile.code(), household, date), settings.van().atDay(1));
            for (PartnerEvent event : simulator.simulate(warmUp.get(profile), new ArrayList<>(entry.getValue().values()),
                    settings.van(), settings.tot())) {
                byMonth.get(YearMonth.from(event.datum())).add(event);
            }
        }
        List<Path> written = new ArrayList<>();
        byMonth.forEach((month, events) -> {
            written.addAll(PartnerEventWriter.write(dir, month, events));
            progress.accept(String.format("Geschreven: gebeurtenissen van %s (%d gebeurtenissen)", month, events.size()));
        });
        return written;
    }

    private List<PolicyWriter.Entry> policyEntries() {
        List<PolicyWriter.Entry> entries = new ArrayList<>();
        for (MunicipalityProfile profile : profiles) {
            long inwoners = CbsReference.shipped().inwoners(profile.code(), settings.tot().getYear());
            List<Herindeling> old = predecessors.get(profile.code());
            if (old != null && settings.van().atDay(1).isBefore(old.get(0).ingangsdatum())) {
                for (Herindeling h : old) {
                    if (!h.oudeCode().equals(profile.code())) entries.add(new PolicyWriter.Entry(h.oudeCode(), inwoners / old.size(), profile.outreach()));
                }
            }
            entries.add(new PolicyWriter.Entry(profile.code(), inwoners, profile.outreach()));
        }
        entries.sort(Comparator.comparing(PolicyWriter.Entry::gmCode));
        return entries;
    }

    private Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> simulate(Consumer<String> progress) {
        Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work = new LinkedHashMap<>();
        boolean detailed = profiles.size() <= DETAILED_PROGRESS_MAX;
        int done = 0;
        long signalsSoFar = 0;
        for (MunicipalityProfile profile : profiles) {
            long inwoners = CbsReference.shipped().inwoners(profile.code(), settings.van().getYear());
            SignalSimulator simulator = new SignalSimulator(profile, inwoners, settings.seed(), settings.van().atDay(1));
            Map<YearMonth, MonthOfWork> months = new LinkedHashMap<>();
            for (YearMonth month : settings.months()) months.put(month, simulator.simulate(month));
            warmUp.put(profile, simulator.warmUpCohorts());
            work.put(profile, months);
            done++;
            signalsSoFar += months.values().stream().mapToInt(m -> m.signalen().size()).sum();
            if (!detailed) {
                if (done * 10 / profiles.size() != (done - 1) * 10 / profiles.size() || done == profiles.size()) {
                    progress.accept(String.format("Gesimuleerd: %d van %d gemeenten (%d%%), %d vroegsignalen",
                            done, profiles.size(), done * 100 / profiles.size(), signalsSoFar));
                }
                continue;
            }
            progress.accept(String.format("Gesimuleerd: %s %s (%s, %d inwoners): %d vroegsignalen, %d zaken",
                    profile.code(), profile.gemeente().naam(), profile.leverancier(), inwoners,
                    months.values().stream().mapToInt(m -> m.signalen().size()).sum(),
                    months.values().stream().mapToInt(m -> m.zaken().size()).sum()));
        }
        return work;
    }

    /**
     * The cases of months up to {@code month} that are open on the delivery date and were not sent yet, or have
     * progressed since they were last sent.
     */
    private static List<Case.State> changedCases(Map<YearMonth, MonthOfWork> months, YearMonth month, LocalDateTime aanleverdatum,
                                                 Map<Case, Case.State> lastSent) {
        List<Case.State> changed = new ArrayList<>();
        for (MonthOfWork earlier : months.values()) {
            if (earlier.maand().isAfter(month)) break;
            for (Case zaak : earlier.zaken()) {
                Case.State state = zaak.asOf(aanleverdatum.toLocalDate());
                if (state == null || state.sameProgressAs(lastSent.get(zaak))) continue;
                changed.add(state);
                lastSent.put(zaak, state);
            }
        }
        return changed;
    }

    /** A few days after the month's end, at night or during office hours, in UTC. */
    private LocalDateTime deliveryMoment(String leverancier, YearMonth month) {
        Random random = Seeds.random(settings.seed(), "aanlevering " + leverancier + " " + month);
        return month.atEndOfMonth().plusDays(3 + random.nextInt(4))
                .atTime(random.nextInt(20) + 1, random.nextInt(60), random.nextInt(60));
    }

    /** Copies the two official DDAS examples into dir; returns their paths. */
    public static List<Path> writeOfficialExamples(Path dir) {
        createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String name : OFFICIAL_EXAMPLES) {
            Path target = dir.resolve(name);
            try (InputStream in = SampleDataGenerator.class.getResourceAsStream(VOORBEELDEN + name)) {
                if (in == null) throw new IllegalStateException("Officieel DDAS-voorbeeld ontbreekt: " + VOORBEELDEN + name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Kon " + target + " niet schrijven", e);
            }
            written.add(target);
        }
        return written;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Kon map " + dir + " niet aanmaken", e);
        }
    }
}
