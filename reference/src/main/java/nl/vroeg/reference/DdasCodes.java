package nl.vroeg.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The DDAS v0.9 code lists (json_schema_Uitwisselmodel.json, $defs) in report order, from ddas-codelijsten.csv, and
 * which eindresultaten count as help accepted, from hulp-geaccepteerd.csv (spec/indicators.md).
 */
public final class DdasCodes {

    /** A DDAS code list; each value has a fixed key (sleutel) for code that names one. */
    public enum Codelijst {
        PARTNERTYPE, CONTACTSOORT, SIGNAALSTATUS, EINDRESULTAAT, DAGDEEL;

        /** The values in report order, exactly as in the exchange format. */
        public List<String> waarden() {
            return Lists.VALUES.get(this);
        }

        /** Whether a delivered value is in the list (exact text). */
        public boolean contains(String value) {
            return Lists.SETS.get(this).contains(value);
        }

        /** The value with this key, e.g. {@code ENERGIE}: {@code Energie}. */
        public String waarde(String sleutel) {
            String value = Lists.BY_KEY.get(this).get(sleutel);
            if (value == null) throw new IllegalArgumentException("No " + this + " with key " + sleutel);
            return value;
        }
    }

    private DdasCodes() {
    }

    /** The eindresultaten that count as help accepted (hulp_geaccepteerd). */
    public static Set<String> hulpGeaccepteerd() {
        return Help.ACCEPTED;
    }

    /** The eindresultaat that is a quick fix (one of the help accepted). */
    public static String quickFix() {
        return Help.QUICK_FIX;
    }

    /** Read once, when first used (class initialisation is thread-safe). */
    private static final class Lists {
        static final Map<Codelijst, Map<String, String>> BY_KEY = new EnumMap<>(Codelijst.class);
        static final Map<Codelijst, List<String>> VALUES = new EnumMap<>(Codelijst.class);
        static final Map<Codelijst, Set<String>> SETS = new EnumMap<>(Codelijst.class);

        static {
            for (Codelijst list : Codelijst.values()) BY_KEY.put(list, new LinkedHashMap<>());
            for (CSVRecord r : ReferenceFiles.csv("ddas-codelijsten.csv")) {
                BY_KEY.get(Codelijst.valueOf(r.get("lijst").toUpperCase(Locale.ROOT))).put(r.get("sleutel"), r.get("waarde"));
            }
            BY_KEY.forEach((list, values) -> {
                VALUES.put(list, List.copyOf(values.values()));
                SETS.put(list, Set.copyOf(values.values()));
            });
        }
    }

    private static final class Help {
        static final Set<String> ACCEPTED;
        static final String QUICK_FIX;

        static {
            List<String> accepted = new ArrayList<>();
            String quickFix = null;
            for (CSVRecord r : ReferenceFiles.csv("hulp-geaccepteerd.csv")) {
                String resultaat = r.get("eindresultaat");
                if (!Codelijst.EINDRESULTAAT.contains(resultaat)) throw new IllegalStateException("Not an eindresultaat: " + resultaat);
                accepted.add(resultaat);
                if (Boolean.parseBoolean(r.get("quick_fix"))) quickFix = resultaat;
            }
            if (quickFix == null) throw new IllegalStateException("hulp-geaccepteerd.csv names no quick fix");
            ACCEPTED = Set.copyOf(accepted);
            QUICK_FIX = quickFix;
        }
    }
}
