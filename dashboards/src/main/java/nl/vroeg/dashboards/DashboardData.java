package nl.vroeg.dashboards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import org.apache.spark.sql.SparkSession;

/**
 * What the dashboard shows, and nothing more: the national series (for the chart and the headline) and the
 * municipalities of the latest month.
 */
record DashboardData(LocalDate latestMonth, List<PublishedMonth> nationalSeries, List<PublishedMonth> municipalities) {

    static DashboardData read(SparkSession spark, Lake lake) {
        PublishedFigures figures = PublishedFigures.read(spark, lake);
        LocalDate latestMonth = figures.latestMonth();
        return new DashboardData(latestMonth, figures.series("NL"), figures.gemeenten(latestMonth));
    }

    Optional<PublishedMonth> nationalLatest() {
        return nationalSeries.stream().filter(m -> m.maand().equals(latestMonth)).findFirst();
    }

    /** The month is provisional when any of its published figures still is (cases are still being worked). */
    boolean latestMonthVoorlopig() {
        return nationalLatest().map(PublishedMonth::voorlopig).orElse(false)
                || municipalities.stream().anyMatch(PublishedMonth::voorlopig);
    }
}
