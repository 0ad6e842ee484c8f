package nl.vroeg.reports;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.PublishedBreakdown;
import nl.vroeg.lake.published.PublishedDetails;
import nl.vroeg.lake.published.PublishedMonth;
import nl.vroeg.lake.published.PublishedPartnerUitval;
import nl.vroeg.lake.published.area.AreaReport;
import nl.vroeg.lake.published.area.ReportModel;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg report}: the monthly management reports (PDF and xlsx) of one month from the published gold
 * tables, into {@code <dir>/<jjjj-mm>/}: {@code gemeenten/<GMcode>-<naam>}, {@code provincies/<PVnn>-<naam>},
 * {@code landelijk}, and {@code partners/<partnertype>} (feedback per partner type, national and per province).
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
     * @param peilmaand the report month (first day), or null for the latest month with definitive figures
     * @return the files written, in a fixed order
     * @throws IllegalStateException (Dutch message) when the month has no published figures
     */
    public List<Path> run(Path dir, LocalDate peilmaand) {
        ReportModel model = ReportModel.read(spark, lake, peilmaand);
        Path out = dir.resolve(model.maand().toString().substring(0, 7));
        progress.accept(model.month.uitleg());
        List<Runnable> work = new ArrayList<>();
        List<List<Path>> written = Collections.synchronizedList(new ArrayList<>());
        Pdf pdf = new Pdf();
        PublishedMonth nl = model.figures.month("NL", model.maand()).orElse(null);
        if (nl != null) work.add(area(model, pdf, "NL", out.resolve("landelijk"), written));
        for (PublishedMonth p : model.provincies()) {
            work.add(area(model, pdf, p.gemeentecode(), out.resolve("provincies").resolve(p.gemeentecode() + "-" + fileName(p.gemeentenaam())), written));
        }
        for (PublishedMonth g : model.gemeenten()) {
            work.add(area(model, pdf, g.gemeentecode(), out.resolve("gemeenten").resolve(g.gemeentecode() + "-" + fileName(g.gemeentenaam())), written));
        }
        var nlEvents = model.gebeurtenissen("NL");
        Optional<Map<String, List<PublishedPartnerUitval>>> uitval = PublishedDetails.partnerUitval(spark, lake, List.of(model.maand()))
                .map(rows -> rows.stream().collect(Collectors.groupingBy(PublishedPartnerUitval::partnertype)));
        for (PublishedBreakdown type : model.breakdowns("NL", "partnertype")) {
            if (Long.valueOf(0).equals(type.signalen()) && Long.valueOf(0).equals(type.zaken())) continue;
            Path base = out.resolve("partners").resolve(fileName(type.waarde()));
            List<PublishedPartnerUitval> typeUitval = uitval.map(u -> u.getOrDefault(type.waarde(), List.of())).orElse(null);
            work.add(() -> {
                PartnerReport report = PartnerReport.of(model, type, nlEvents, typeUitval);
                pdf.write(PartnerOutput.html(report), base.resolveSibling(base.getFileName() + ".pdf"));
                PartnerOutput.xlsx(report, base.resolveSibling(base.getFileName() + ".xlsx"), nl == null ? 40 : nl.bereikDoelPct());
                written.add(List.of(base.resolveSibling(base.getFileName() + ".pdf"), base.resolveSibling(base.getFileName() + ".xlsx")));
            });
        }
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            pool.submit(() -> work.parallelStream().forEach(job -> {
                job.run();
                int n = done.incrementAndGet();
                if (n % 25 == 0 || n == work.size()) progress.accept("[" + n + "/" + work.size() + "] rapportages geschreven");
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rapporteren onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
            pdf.close();
        }
        progress.accept("Rapportages over " + DutchFormat.month(model.maand()) + " geschreven naar " + out);
        return written.stream().flatMap(List::stream).sorted().toList();
    }

    private static Runnable area(ReportModel model, Pdf pdf, String code, Path base, List<List<Path>> written) {
        return () -> {
            AreaReport report = model.area(code);
            Path pdfFile = base.resolveSibling(base.getFileName() + ".pdf");
            Path xlsxFile = base.resolveSibling(base.getFileName() + ".xlsx");
            pdf.write(AreaHtml.render(report), pdfFile);
            AreaXlsx.write(report, xlsxFile);
            written.add(List.of(pdfFile, xlsxFile));
        };
    }

    /** A name safe in any file system: "'s-Gravenhage" becomes "s-Gravenhage", "Súdwest-Fryslân" "Sudwest-Fryslan". */
    static String fileName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "")
                .replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    }
}
