package nl.vroeg.sampledata;

import java.util.Random;

/**
 * Independent, reproducible random streams derived from the settings' seed and a label (e.g. a municipality code),
 * so that one municipality's data does not change when another is added to the settings.
 */
final class Seeds {

    private Seeds() {
    }

    static Random random(long seed, String label) {
        return new Random(mix(seed ^ mix(label.hashCode())));
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
