package nl.vroeg.reference;

import java.util.Properties;

/** The standard suppression thresholds, from onderdrukking.properties (named as the transform parameters). */
public final class Onderdrukking {

    public static final String KLEINSTE_GETOONDE_TELLING = "kleinste_getoonde_telling";
    public static final String KLEINSTE_NOEMER_VOOR_PERCENTAGE = "kleinste_noemer_voor_percentage";

    private static final Properties THRESHOLDS = ReferenceFiles.properties("onderdrukking.properties");

    private Onderdrukking() {
    }

    /** Counts from 1 to this minus 1 are hidden (primary suppression). */
    public static int kleinsteGetoondeTelling() {
        return threshold(KLEINSTE_GETOONDE_TELLING);
    }

    /** A percentage over fewer cases than this is not shown. */
    public static int kleinsteNoemerVoorPercentage() {
        return threshold(KLEINSTE_NOEMER_VOOR_PERCENTAGE);
    }

    private static int threshold(String name) {
        String value = THRESHOLDS.getProperty(name);
        if (value == null) throw new IllegalStateException("onderdrukking.properties has no " + name);
        return Integer.parseInt(value.strip());
    }
}
