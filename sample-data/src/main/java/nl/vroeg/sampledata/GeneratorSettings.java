package nl.vroeg.sampledata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.vroeg.lake.CbsReference;

/**
 * What to generate: the municipalities (CBS codes, {@code GM0307} or {@code 0307}), the months {@code van}..{@code tot}
 * (inclusive) and the seed that makes the output reproducible.
 */
public record GeneratorSettings(List<String> gemeentecodes, YearMonth van, YearMonth tot, long seed) {

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

    /** The demo: four municipalities of different size (34k to 163k inhabitants), January to June 2025. */
    public static GeneratorSettings demo() {
        return new GeneratorSettings(List.of("GM1731", "GM0106", "GM0307", "GM0153"),
                YearMonth.of(2025, 1), YearMonth.of(2025, 6), 2025L);
    }

    /** The months van..tot, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) months.add(m);
        return months;
    }
}
