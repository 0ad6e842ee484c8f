package nl.vroeg.cli;

import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.reports.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Schrijft de maandrapportages (pdf en xlsx) per gemeente, per provincie en landelijk, en de terugkoppeling"
                + " aan partners per partnertype, naar MAP/JJJJ-MM/.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        Lake lake = lakeOption.existingLake();
        new ReportJob(VroegSpark.session(), lake, System.err::println).run(reportOptions.out, reportOptions.peilmaand());
        return Vroeg.OK;
    }
}
