package nl.vroeg.sampledata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.vroeg.reference.CbsReference;
import nl.vroeg.reference.CbsReference.Gemeente;

/**
 * What to generate: the municipalities (CBS codes, {@code GM0307} or {@code 0307}, of the current division), the
 * months {@code van}..{@code tot} (inclusive), the seed that makes the output reproducible, and whether a small share
 * of deliberately invalid values (bad postcode, missing BSN) goes into the DDAS signals and the partner event files.
 */
public record GeneratorSettings(List<String> gemeentecodes, YearMonth van, YearMonth tot, long seed, boolean ongeldigeGegevens) {

    public GeneratorSettings {
        Objects.requireNonNull(gemeentecodes, "gemeentecodes");
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        if (gemeentecodes.isEmpty()) throw new IllegalArgumentException("Geen gemeenten opgegeven");
        if (tot.isBefore(van)) throw new IllegalArgumentException("Periode eindigt (" + tot + ") voor het begin (" + van + ")");
        Set<String> normalised = new LinkedHashSet<>();
        for (String code : gemeentecodes) {
            String gm = CbsReference.normaliseCode(code);
            if (gm == null) throw new IllegalArgumentException("Ongeldige gemeentecode " + code);
            normalised.add(gm);
        }
        gemeentecodes = List.copyOf(normalised);
    }

    /** With a small share of invalid values in the signals and partner event files (the default). */
    public GeneratorSettings(List<String> gemeentecodes, YearMonth van, YearMonth tot, long seed) {
        this(gemeentecodes, van, tot, seed, true);
    }

    /** The demo: four municipalities of different size (34k to 163k inhabitants), January to June 2025. */
    public static GeneratorSettings demo() {
        return new GeneratorSettings(List.of("GM1731", "GM0106", "GM0307", "GM0153"),
                YearMonth.of(2025, 1), YearMonth.of(2025, 6), 2025L);
    }

    public GeneratorSettings withOngeldigeGegevens(boolean value) {
        return new GeneratorSettings(gemeentecodes, van, tot, seed, value);
    }

    /**
     * The municipalities meant by a command-line specification, as GM codes of the current CBS division:
     * <ul>
     *   <li>{@code alle} (or {@code all}, {@code *}): all current municipalities (342);</li>
     *   <li>a number N: the N largest municipalities by inhabitants (deterministic, independent of the seed);</li>
     *   <li>a province: {@code PV26}, {@code 26}-style codes are not accepted, use {@code PVnn} or the name
     *       ({@code Utrecht}, {@code fryslan}/{@code Fryslân}, case and accents ignored);</li>
     *   <li>otherwise a comma-separated list of codes ({@code GM0307,0106}) and/or provinces.</li>
     * </ul>
     */
    public static List<String> parseMunicipalities(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("Geen gemeenten opgegeven");
        CbsReference cbs = CbsReference.shipped();
        List<Gemeente> current = cbs.currentGemeenten();
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("alle") || lower.equals("all") || lower.equals("*")) return current.stream().map(Gemeente::code).toList();
        if (s.matches("[0-9]{1,3}") && !s.matches("0[0-9]{3}")) {
            int n = Integer.parseInt(s);
            if (n < 1 || n > current.size()) throw new IllegalArgumentException("Aantal gemeenten moet 1.." + current.size() + " zijn: " + s);
            int year = current.get(0).jaar();
            return current.stream()
                    .sorted(Comparator.comparingLong((Gemeente g) -> -cbs.inwoners(g.code(), year)).thenComparing(Gemeente::code))
                    .limit(n).map(Gemeente::code).toList();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            String gm = CbsReference.normaliseCode(p);
            if (gm != null) {
                if (current.stream().noneMatch(g -> g.code().equals(gm))) throw new IllegalArgumentException("Onbekende gemeentecode " + p);
                codes.add(gm);
                continue;
            }
            List<String> province = current.stream()
                    .filter(g -> g.provinciecode().equalsIgnoreCase(p) || ("PV" + g.provinciecode()).equalsIgnoreCase(p)
                            || fold(g.provincienaam()).equals(fold(p)))
                    .map(Gemeente::code).toList();
            if (province.isEmpty()) throw new IllegalArgumentException("Onbekende gemeente of provincie: " + p);
            codes.addAll(province);
        }
        if (codes.isEmpty()) throw new IllegalArgumentException("Geen gemeenten opgegeven");
        return List.copyOf(codes);
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The months van..tot, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) months.add(m);
        return months;
    }
}
