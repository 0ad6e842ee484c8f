package nl.vroeg.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A discrete distribution: values with relative weights, drawn with a given {@link Random}. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Weighted<T> add(T value, double weight) {
        if (weight < 0) throw new IllegalArgumentException("Negative weight for " + value);
        values.add(value);
        weights.add(weight);
        return this;
    }

    T pick(Random random) {
        return pick(random, Set.of());
    }

    /** Draws among the values not in {@code excluded}; the first value when every weight is excluded. */
    T pick(Random random, Set<T> excluded) {
        double available = 0;
        for (int i = 0; i < values.size(); i++) {
            if (!excluded.contains(values.get(i))) available += weights.get(i);
        }
        if (available <= 0) return values.get(0);
        double r = random.nextDouble() * available;
        T last = null;
        for (int i = 0; i < values.size(); i++) {
            if (excluded.contains(values.get(i))) continue;
            last = values.get(i);
            r -= weights.get(i);
            if (r < 0) return last;
        }
        return last; // only reached through rounding
    }
}
