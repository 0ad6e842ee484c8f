package nl.vroeg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import nl.vroeg.dashboards.DashboardSite;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.lake.published.DutchFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Schrijft het dashboard: een statische website met de gepubliceerde cijfers (landelijk, per provincie en per"
                + " gemeente), die ook zonder webserver en zonder internet werkt.")
final class DashboardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "dashboard", description = "Uitvoermap (standaard ./dashboard).")
    Path out;

    @Option(names = "--maand", paramLabel = "JJJJ-MM", description = "Peilmaand (standaard de laatste maand met definitieve cijfers).")
    YearMonth month;

    @Override
    public Integer call() {
        Lake lake = lakeOption.existingLake();
        DashboardSite.requirePublished(lake); // before Spark starts: a lake without published figures is exit 1 at once
        PrintWriter err = spec.commandLine().getErr();
        DashboardSite.Written site = new DashboardSite(VroegSpark.session(), lake, err::println)
                .write(out, month == null ? null : month.atDay(1));
        err.println("Dashboard geschreven: " + site.index() + " (" + site.pages() + " pagina's over "
                + DutchFormat.month(site.maand()) + ")");
        err.flush();
        return Vroeg.OK;
    }
}
