package nl.vroeg.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedFigures;
import nl.vroeg.lake.published.PublishedMonth;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg report}: the monthly management reports from the published gold figures: one xlsx per
 * municipality with figures in the report month, and the national overview.
 */
public final class ReportJob {

    private final SparkSession spark;
    private final Lake lake;
    private final Consumer<String> progress;

    public ReportJob(SparkSession spark, Lake lake, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.progress = progress;
    }

    /**
     * @param peilmaand the report month (first day), or null for the latest month with figures
     * @return the files written
     */
    public List<Path> run(Path dir, LocalDate peilmaand) {
        PublishedFigures figures = PublishedFigures.read(spark, lake);
        LocalDate month = peilmaand != null ? peilmaand : figures.latestMonth();
        List<Path> written = new ArrayList<>(new NationalOverview(figures).write(month, dir));
        List<PublishedMonth> gemeenten = figures.gemeenten(month);
        MunicipalityReport report = new MunicipalityReport(figures);
        for (int i = 0; i < gemeenten.size(); i++) {
            written.addAll(report.write(gemeenten.get(i).gemeentecode(), month, dir));
            progress.accept("[" + (i + 1) + "/" + gemeenten.size() + "] maandrapportage " + gemeenten.get(i).gemeentenaam());
        }
        progress.accept("Rapportages over " + DutchFormat.month(month) + " geschreven naar " + dir);
        return written;
    }
}
