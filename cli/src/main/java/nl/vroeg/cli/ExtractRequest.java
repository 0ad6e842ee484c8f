package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;

/**
 * What {@code vroeg extract} was asked, checked before the key is read and Spark starts: a project name, tables
 * of the lake's silver and gold layers (named exactly, never a path or an expression), a month range, a moment,
 * and an output folder outside the lake. Every refusal is a Dutch usage error (exit 2).
 */
record ExtractRequest(String project, List<String> tables, YearMonth van, YearMonth tot, String asOf, Path out) {

    /**
     * The layers an extract may read. Bronze keeps every delivered version of every record with the file it came
     * from (silver holds the same facts once, current); quarantine holds rejected records, ops the runs and keys:
     * neither is research data.
     */
    static final List<String> LAYERS = List.of("silver", "gold");

    /** Lower-case letters, digits, - and _, at most 64: a name that is the same however it is typed. */
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*");

    static ExtractRequest check(Lake lake, String project, List<String> names, YearMonth van, YearMonth tot, String asOf, Path out) {
        if (project == null || !PROJECT.matcher(project).matches()) {
            throw Vroeg.UserError.usage("Projectnaam '" + printable(project) + "' kan niet: gebruik kleine letters, cijfers, - en _ (hooguit 64"
                    + " tekens), bijv. --project schulden-2025. Dezelfde naam geeft altijd dezelfde herversleuteling.");
        }
        if (van != null && tot != null && van.isAfter(tot)) throw Vroeg.UserError.usage("--van " + van + " ligt na --tot " + tot + ".");
        List<String> tables = tables(lake, names);
        if (TableVersions.isVersion(asOf) && tables.size() != 1) {
            throw Vroeg.UserError.usage("--as-of met een versienummer kan alleen bij één tabel (dit extract noemt er " + tables.size()
                    + "); gebruik een tijdstip, bijv. --as-of \"2025-03-01 12:00:00\", dan leest elke tabel zoals die toen was.");
        }
        if (asOf != null && !TableVersions.isVersion(asOf)) TableVersions.moment(asOf);
        return new ExtractRequest(project, tables, van, tot, asOf == null ? null : asOf.strip(), ExtractFolder.requireUsable(out, lake));
    }

    /** Whether a month range was asked (--van, --tot or both). */
    boolean monthsAsked() {
        return van != null || tot != null;
    }

    /** The tables, each once in the order given: names of the lake's silver and gold tables, nothing else. */
    private static List<String> tables(Lake lake, List<String> names) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String given : names == null ? List.<String>of() : names) {
            String name = given.strip();
            if (!name.isEmpty()) chosen.add(name);
        }
        if (chosen.isEmpty()) throw Vroeg.UserError.usage("Geef de tabellen met --tabellen, bijv. --tabellen gold.gemeente_maand,silver.zaak_kenmerken.");
        List<String> inLake = lake.tableNames();
        List<String> allowed = inLake.stream().filter(t -> LAYERS.contains(t.substring(0, t.indexOf('.')))).toList();
        for (String name : chosen) {
            if (!TABLE.matcher(name).matches()) {
                throw Vroeg.UserError.usage("'" + printable(name) + "' is geen tabelnaam (laag.tabel, bijv. gold.gemeente_maand); een pad of"
                        + " expressie kan niet.");
            }
            if (!LAYERS.contains(name.substring(0, name.indexOf('.')))) {
                throw Vroeg.UserError.usage(name + " kan niet in een extract: alleen silver- en gold-tabellen (bronze bewaart elke geleverde"
                        + " versie met de herkomst per bestand; quarantaine en ops zijn geen onderzoeksgegevens).");
            }
            if (!inLake.contains(name)) {
                throw Vroeg.UserError.usage("Tabel " + name + " bestaat niet in het lake; wel: " + String.join(", ", allowed) + ".");
            }
        }
        return new ArrayList<>(chosen);
    }

    /** Hostile input echoed harmlessly: control characters shown as '?', at most 80 characters. */
    private static String printable(String text) {
        if (text == null) return "";
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }
}
