package nl.vroeg.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.vroeg.lake.CbsReference;
import nl.vroeg.lake.CbsReference.Gemeente;

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

    private final GeneratorSettings settings;
    private final List<MunicipalityProfile> profiles;

    public SampleDataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.profiles = profiles(settings, CbsReference.shipped());
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
        Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work = simulate(progress);
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
                    leveringen.add(new DeliveryWriter.Levering(profile, months.get(month).signalen(), changed));
                }
                Path file = dir.resolve(String.format("ddas-%s-%s.json", supplier.getKey(), month));
                DeliveryWriter.write(file, supplier.getKey(), month, aanleverdatum, leveringen);
                written.add(file);
                progress.accept(String.format("Geschreven: %s (%d leveringen, %d vroegsignalen, %d zaken)", file.getFileName(),
                        leveringen.size(), leveringen.stream().mapToInt(l -> l.signalen().size()).sum(),
                        leveringen.stream().mapToInt(l -> l.zaken().size()).sum()));
            }
        }
        return written;
    }

    private Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> simulate(Consumer<String> progress) {
        Map<MunicipalityProfile, Map<YearMonth, MonthOfWork>> work = new LinkedHashMap<>();
        for (MunicipalityProfile profile : profiles) {
            long inwoners = CbsReference.shipped().inwoners(profile.code(), settings.van().getYear());
            SignalSimulator simulator = new SignalSimulator(profile, inwoners, settings.seed(), settings.van().atDay(1));
            Map<YearMonth, MonthOfWork> months = new LinkedHashMap<>();
            for (YearMonth month : settings.months()) months.put(month, simulator.simulate(month));
            work.put(profile, months);
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
