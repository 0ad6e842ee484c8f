package nl.vroeg.lake.published.area;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A place in a ranking by reach, highest first: "3e van 26". Equal values share the better place. */
public record Rank(int place, int of) {

    /** Null when the item's own value is not shown. */
    public static <T> Rank of(T item, List<T> group, Function<T, Double> value) {
        Double own = value.apply(item);
        if (own == null) return null;
        List<Double> shown = group.stream().map(value).filter(v -> v != null).sorted(Comparator.reverseOrder()).toList();
        return new Rank(shown.indexOf(own) + 1, shown.size());
    }
}
