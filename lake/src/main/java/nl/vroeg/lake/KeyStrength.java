package nl.vroeg.lake;

import java.util.HashMap;
import java.util.Map;

/**
 * A guard against obvious mistakes in a key file (a word, a repeated letter, a counting sequence), not a proof
 * of randomness: a key made by {@code vroeg sleutel nieuw} (256 random bits) always passes.
 */
final class KeyStrength {

    static final int MINIMUM_DISTINCT_CHARACTERS = 8;
    /** Length times the Shannon entropy of the key's own character frequencies. */
    static final double MINIMUM_ESTIMATED_BITS = 48;

    private KeyStrength() {
    }

    /** Why the key is weak, in Dutch; null when it is not obviously weak. */
    static String weakness(String key) {
        Map<Integer, Integer> counts = new HashMap<>();
        key.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        if (counts.size() < MINIMUM_DISTINCT_CHARACTERS) {
            return "te weinig verschillende tekens (" + counts.size() + ", minimaal " + MINIMUM_DISTINCT_CHARACTERS + ")";
        }
        double length = key.codePointCount(0, key.length());
        double bitsPerCharacter = 0;
        for (int count : counts.values()) {
            double p = count / length;
            bitsPerCharacter -= p * Math.log(p) / Math.log(2);
        }
        if (bitsPerCharacter * length < MINIMUM_ESTIMATED_BITS) {
            return "te voorspelbaar (geschat " + Math.round(bitsPerCharacter * length) + " bits, minimaal "
                    + Math.round(MINIMUM_ESTIMATED_BITS) + ")";
        }
        if (isMostlyASequence(key)) {
            return "een oplopende, aflopende of herhaalde reeks tekens";
        }
        return null;
    }

    /** "abcdefgh...", "9876...", "aaaa...": more than half of the steps between neighbours repeat the step before. */
    private static boolean isMostlyASequence(String key) {
        int[] c = key.codePoints().toArray();
        int regular = 0;
        for (int i = 2; i < c.length; i++) {
            if (c[i] - c[i - 1] == c[i - 1] - c[i - 2]) regular++;
        }
        return regular * 2 > c.length;
    }
}
