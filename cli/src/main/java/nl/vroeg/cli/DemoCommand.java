package nl.vroeg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.dashboards.DashboardSite;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.SuppressionRules;
import nl.vroeg.reports.ReportJob;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import nl.vroeg.transform.TransformJob;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vroeg demo}: the whole chain on generated data (DDAS deliveries, partner events, municipal policy), from
 * the files to the monthly reports and the dashboard, in one folder; the two official DDAS examples beside it in a
 * lake of their own. Running it again is safe: the same files are not ingested twice.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Draait de hele keten op fictieve gegevens: genereren, inlezen, transformeren, rapporteren, dashboard.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "MAP", defaultValue = "demo", description = "Map voor alle uitvoer (standaard ./demo).")
    Path dir;

    @Option(names = "--gemeenten", paramLabel = "SPEC",
            description = "Gemeenten als bij generate (standaard vier: Midden-Drenthe, Assen, Amersfoort en Enschede).")
    String gemeenten;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path invoer = dir.resolve("invoer");
        Lake lake = new Lake(dir.resolve("lake"));
        Path rapporten = dir.resolve("rapporten");
        Path dashboard = dir.resolve("dashboard");
        SparkSession spark = VroegSpark.session();

        Vroeg.step("1/5 Leveringen genereren");
        GeneratorSettings demo = GeneratorSettings.demo();
        GeneratorSettings settings = gemeenten == null ? demo
                : new GeneratorSettings(GeneratorSettings.parseMunicipalities(gemeenten), demo.van(), demo.tot(), demo.seed());
        SampleDataGenerator.Output generated = new SampleDataGenerator(settings).generate(invoer.resolve("leveringen"), line -> { });
        // The official DDAS examples get a lake of their own: their few cases of 's-Gravenhage and Amersfoort in
        // January 2025 would otherwise distort the generated national series.
        Path voorbeelden = dir.resolve("voorbeelden");
        Lake voorbeeldenLake = new Lake(voorbeelden.resolve("lake"));
        List<Path> examples = SampleDataGenerator.writeOfficialExamples(voorbeelden.resolve("invoer"));
        System.err.println(generated.leveringen().size() + " gegenereerde DDAS-leveringen, " + generated.gebeurtenissen().size()
                + " gebeurtenisbestanden van partners en " + generated.gemeentebeleid().getFileName() + " in " + invoer
                + "; de " + examples.size() + " officiële DDAS-voorbeelden apart in " + voorbeelden);

        Vroeg.step("2/5 Inlezen");
        Path keyFile = keyFile();
        Pseudonymiser pseudonymiser = Pseudonymiser.fromKeyFile(keyFile);
        new IngestJob(spark, voorbeeldenLake, pseudonymiser, System.err::println).ingest(List.of(voorbeelden.resolve("invoer")));
        new IngestJob(spark, lake, pseudonymiser, System.err::println).ingest(List.of(invoer));

        Vroeg.step("3/5 Transformeren");
        // the examples first: a transform registers its lake's table names in the session, and the rest reads the demo lake
        new TransformJob(spark, voorbeeldenLake, TransformJob.defaultParameters(), System.err::println).run();
        new TransformJob(spark, lake, TransformJob.defaultParameters(), System.err::println).run();

        Vroeg.step("4/5 Rapporteren");
        List<Path> reports = new ReportJob(spark, lake, System.err::println).run(rapporten, null);

        Vroeg.step("5/5 Dashboard");
        DashboardSite.Written site = new DashboardSite(spark, lake, System.err::println).write(dashboard, null);

        PrintWriter out = spec.commandLine().getOut();
        out.printf("%nDemo klaar in %d s. Alles staat in %s:%n", (System.nanoTime() - start) / 1_000_000_000L, dir.toAbsolutePath());
        out.printf("  invoer       %s (%d DDAS-leveringen, %d gebeurtenisbestanden, gemeentebeleid)%n", invoer,
                generated.leveringen().size(), generated.gebeurtenissen().size());
        out.printf("  lake         %s   (vroeg sql --lake %s \"select * from gold.gemeente_maand\")%n", lake.root(), dir.resolve("lake"));
        out.printf("  voorbeelden  %s (de officiële DDAS-voorbeelden, in een eigen lake)%n", voorbeeldenLake.root());
        out.printf("  rapportages  %s (%d pdf en %d xlsx)%n", reports.isEmpty() ? rapporten : reports.get(0).getParent().getParent(),
                reports.stream().filter(p -> p.toString().endsWith(".pdf")).count(),
                reports.stream().filter(p -> p.toString().endsWith(".xlsx")).count());
        out.printf("  dashboard    %s (%d pagina's; opent ook van schijf)%n", site.index(), site.pages());
        out.printf("  sleutel      %s (alleen voor u leesbaar; nooit in het lake)%n%n", keyFile);
        summary(spark, out);
        out.flush();
        return Vroeg.OK;
    }

    /** The demo's own key file, unless the environment names one. */
    private Path keyFile() {
        String fromEnvironment = System.getenv(Pseudonymiser.KEY_FILE_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return Path.of(fromEnvironment);
        Path file = dir.resolve("sleutel").resolve("vroeg.sleutel");
        if (!Files.exists(file)) Pseudonymiser.createKeyFile(file);
        return file;
    }

    /** Signals, cases and reach per municipality over all months, published style (small counts hidden). */
    private static void summary(SparkSession spark, PrintWriter out) {
        List<Row> rows = spark.sql("""
                select gemeentenaam, min(maand) as van, max(maand) as tot, sum(signalen) as signalen, sum(zaken) as zaken,
                       sum(zaken_bereikt) as bereikt, max(bereik_doel_pct) as doel, niveau = 'land' as is_land
                from gold.gemeente_maand
                where niveau in ('gemeente', 'land')
                group by gemeentenaam, niveau
                order by is_land, gemeentenaam""").collectAsList();
        if (rows.isEmpty()) return;
        Row nl = rows.get(rows.size() - 1);
        out.printf("Samenvatting %s t/m %s (alle maanden samen; aantallen 1-4 als <5):%n",
                DutchFormat.month(nl.getAs("van")), DutchFormat.month(nl.getAs("tot")));
        out.printf("  %-22s %10s %10s %10s %8s%n", "Gemeente", "Signalen", "Zaken", "Bereikt", "Bereik");
        for (Row r : rows) {
            long zaken = r.<Long>getAs("zaken");
            long bereikt = r.<Long>getAs("bereikt");
            Double bereik = zaken >= SuppressionRules.STANDARD.smallestPercentageDenominator() ? 100.0 * bereikt / zaken : null;
            out.printf("  %-22s %10s %10s %10s %8s%n", r.<String>getAs("gemeentenaam"), published(r.getAs("signalen")),
                    published(zaken), published(bereikt), bereik == null ? DutchFormat.NOT_SHOWN : DutchFormat.decimal(bereik) + "%");
        }
        out.printf("Landelijk doel: %s%% bereik.%n", DutchFormat.decimal(nl.getAs("doel")));
    }

    private static String published(long count) {
        return DutchFormat.count(SuppressionRules.STANDARD.smallCount(count) ? null : count);
    }
}
