package nl.vroeg.lake;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcodes as spec/inputs.md normalises them: upper case, no spaces; valid is {@code [1-9][0-9]{3}[A-Z]{2}}. */
public final class Postcodes {

    private static final Pattern VALID = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private Postcodes() {
    }

    public static String normalise(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && VALID.matcher(normalised).matches();
    }

    /** The four digits: the neighbourhood level kept instead of the full postcode; null when invalid. */
    public static String pc4(String postcode) {
        String normalised = normalise(postcode);
        return isValid(normalised) ? normalised.substring(0, 4) : null;
    }
}
