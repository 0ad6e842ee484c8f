package nl.vroeg.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.vroeg.reference.CbsReference;

/**
 * Finds a municipality's code (GMnnnn) from what a partner or municipality wrote: a code, or in spreadsheets of
 * housing corporations often the name. Names of every shipped year count, so a file from before a merger still
 * resolves (to the old code, which later stages map to its successor).
 */
final class MunicipalityLookup {

    private final CbsReference cbs;
    private final Map<String, String> codeByName = new HashMap<>();

    MunicipalityLookup(CbsReference cbs) {
        this.cbs = cbs;
        cbs.gemeenten().forEach(g -> codeByName.put(nameKey(g.naam()), g.code()));
    }

    /** GMnnnn of a known code ({@code GM0518}, {@code 0518}, or {@code 518} as a spreadsheet stores a number); else null. */
    String code(String raw) {
        if (raw == null) return null;
        String text = raw.strip();
        // Excel turns 0518 into the number 518: the leading zeros are not the sender's intent.
        if (text.matches("\\d{1,3}")) text = "0".repeat(4 - text.length()) + text;
        String code = CbsReference.normaliseCode(text);
        return code != null && cbs.isKnown(code) ? code : null;
    }

    /** As {@link #code}, or the code of a municipality with this name (case-insensitive); null when unknown. */
    String codeOrName(String raw) {
        String code = code(raw);
        return code != null || raw == null ? code : codeByName.get(nameKey(raw));
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
