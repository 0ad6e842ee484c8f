package nl.vroeg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vroeg.dashboards.DashboardPage;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Schrijft het dashboard: een statische HTML-pagina met de gepubliceerde cijfers.")
final class DashboardCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "dashboard", description = "Uitvoermap (standaard ./dashboard).")
    Path out;

    @Override
    public Integer call() {
        Path page = new DashboardPage(VroegSpark.session(), lakeOption.lake()).write(out);
        System.err.println("Dashboard geschreven: " + page);
        return Vroeg.OK;
    }
}
