package nl.vroeg.cli;

import java.util.concurrent.Callable;
import nl.vroeg.dashboards.Publisher;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Kopieert de gepubliceerde maandcijfers naar de PostgreSQL-servingdatabase (tabel vroeg.gemeente_maand).")
final class PublishCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--jdbc", required = true, paramLabel = "URL",
            description = "JDBC-URL van de database, bijv. jdbc:postgresql://localhost/vroeg (wachtwoord via $PGPASSWORD).")
    String jdbcUrl;

    @Override
    public Integer call() {
        int rows = new Publisher(VroegSpark.session(), lakeOption.lake(), jdbcUrl).publish();
        System.err.println("Gepubliceerd: " + rows + " rijen in vroeg.gemeente_maand.");
        return Vroeg.OK;
    }
}
