package nl.vroeg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.reports.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code vroeg maand}: the monthly production run in one process, as {@code vroeg ingest}, {@code vroeg transform}
 * and {@code vroeg report} one after the other: one JVM and one Spark session pay their start-up and their warm-up
 * of Spark and Delta once instead of three times. A refused file stops the run after the ingest (exit 3): no
 * reports are written on incomplete deliveries. Quarantined records do not stop it; the run then ends with exit 4,
 * as the ingest would.
 */
@Command(name = "maand", mixinStandardHelpOptions = true,
        description = {"De maandelijkse run in één keer: leveringen inlezen, transformeren en de maandrapportages schrijven.",
                "Wordt een bestand geweigerd, dan stopt de run na het inlezen (exit 3): geen rapportages op onvolledige leveringen."})
final class MaandCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    ReachTargetOption reachTarget;

    @Parameters(arity = "1..*", paramLabel = "PAD", description = "Bestanden of mappen met de leveringen van de maand.")
    List<Path> paths;

    @Override
    public Integer call() {
        IngestCommand.requireExisting(paths);
        Lake lake = lakeOption.lake();
        Vroeg.step("1/3 Inlezen");
        IngestJob.Result ingested = IngestCommand.ingest(lake, paths);
        if (ingested.anyRejected()) {
            throw new Vroeg.UserError("Niet elk bestand is ingelezen (zie hierboven): er is niet getransformeerd en er zijn"
                    + " geen rapportages geschreven. Los het op en start 'vroeg maand' opnieuw: wat al is ingelezen,"
                    + " wordt overgeslagen.", Vroeg.INPUT_REJECTED);
        }
        Vroeg.step("2/3 Transformeren");
        TransformCommand.transform(lake, reachTarget.percent(), false);
        Vroeg.step("3/3 Rapporteren");
        new ReportJob(VroegSpark.session(), lake, System.err::println).run(reportOptions.out, reportOptions.peilmaand());
        return ingested.anyDataQualityError() ? Vroeg.DATA_QUALITY_ERROR : Vroeg.OK;
    }
}
