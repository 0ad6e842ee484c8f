package nl.vroeg.lake.published.area;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The spread of a figure over a group of municipalities: the quartiles (linear interpolation between order
 * statistics, as spreadsheets and R's default do) of the values that are shown.
 */
public record Spread(int n, double q1, double median, double q3) {

    /** Null when no value is shown. */
    public static Spread of(List<Double> values) {
        double[] shown = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        if (shown.length == 0) return null;
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(shown);
        return new Spread(shown.length, p.evaluate(25), p.evaluate(50), p.evaluate(75));
    }
}
