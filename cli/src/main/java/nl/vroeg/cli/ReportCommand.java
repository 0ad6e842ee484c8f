package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.reports.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Schrijft de maandrapportages (pdf en xlsx) per gemeente, per provincie en landelijk, en de terugkoppeling"
                + " aan partners per partnertype, naar MAP/JJJJ-MM/.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "rapporten", description = "Uitvoermap (standaard ./rapporten).")
    Path out;

    @Option(names = "--maand", paramLabel = "JJJJ-MM", description = "Peilmaand (standaard de laatste maand met definitieve cijfers).")
    YearMonth month;

    @Override
    public Integer call() {
        Lake lake = lakeOption.existingLake();
        new ReportJob(VroegSpark.session(), lake, System.err::println)
                .run(out, month == null ? null : month.atDay(1));
        return Vroeg.OK;
    }
}
