package nl.vroeg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.vroeg.dashboards.Publisher;
import nl.vroeg.dashboards.ServingConnection;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Everything that can fail without Spark is checked first (the URL, the lake's published tables, the database
 * connection), so a wrong URL or an unreachable server is reported within seconds.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Vervangt de servingdatabase (PostgreSQL) door de cijfers van het lake: elke gepubliceerde tabel"
                + " (gold.*_gepubliceerd) in schema vroeg, de detailtabellen per gemeente in schema vroeg_detail (row-level"
                + " security), en een rol per gemeente (gmNNNN, lid van vroeg_gemeente). Alles in één transactie.",
                "Het wachtwoord komt uit $PGPASSWORD of ~/.pgpass, nooit uit de URL."})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--jdbc", required = true, paramLabel = "URL",
            description = "JDBC-URL van de database, bijv. jdbc:postgresql://localhost/vroeg?user=vroeg_beheer (gebruiker ook via $PGUSER).")
    String jdbcUrl;

    @Override
    public Integer call() {
        ServingConnection connection;
        try {
            connection = ServingConnection.of(jdbcUrl, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new Vroeg.UserError(e.getMessage(), Vroeg.USAGE_ERROR, e);
        }
        Lake lake = lakeOption.existingLake();
        if (!Publisher.hasPublishedTables(lake)) {
            throw new Vroeg.UserError("Het lake " + lake.root() + " heeft geen gepubliceerde tabellen (gold.*_gepubliceerd):"
                    + " draai eerst 'vroeg transform'; er is niets gepubliceerd.", Vroeg.FAILURE);
        }
        connection.check();
        Map<String, Long> counts = new Publisher(VroegSpark.session(), lake, connection).publish();
        counts.forEach((table, rows) -> System.err.println("Gepubliceerd: " + rows + " rijen in " + table + "."));
        return Vroeg.OK;
    }
}
