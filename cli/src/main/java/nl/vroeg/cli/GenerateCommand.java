package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Genereert realistische, fictieve leveringen: DDAS-JSON, gebeurtenissen van partners (CSV/XLSX) en gemeentebeleid (zelfde seed: zelfde bestanden).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "invoer", description = "Uitvoermap (standaard ./invoer).")
    Path out;

    @Option(names = "--gemeenten", paramLabel = "SPEC",
            description = "alle | aantal N (de N grootste) | provincie (PVnn of naam) | lijst GMnnnn,... (standaard die van de demo).")
    String gemeenten;

    @Option(names = "--geen-fouten", description = "Geen opzettelijk ongeldige waarden (postcode, BSN) in de gebeurtenisbestanden.")
    boolean geenFouten;

    @Option(names = "--van", paramLabel = "JJJJ-MM", description = "Eerste maand.")
    YearMonth from;

    @Option(names = "--tot", paramLabel = "JJJJ-MM", description = "Laatste maand (inclusief).")
    YearMonth to;

    @Option(names = "--seed", description = "Startwaarde van de toevalsgenerator.")
    Long seed;

    @Override
    public Integer call() {
        GeneratorSettings demo = GeneratorSettings.demo();
        GeneratorSettings settings = new GeneratorSettings(
                gemeenten != null ? GeneratorSettings.parseMunicipalities(gemeenten) : demo.gemeentecodes(),
                from != null ? from : demo.van(), to != null ? to : demo.tot(), seed != null ? seed : demo.seed(), !geenFouten);
        SampleDataGenerator.Output output = new SampleDataGenerator(settings).generate(out, System.err::println);
        System.err.println(output.leveringen().size() + " leveringen, " + output.gebeurtenissen().size()
                + " gebeurtenisbestanden en " + output.gemeentebeleid().getFileName() + " geschreven naar " + out);
        return Vroeg.OK;
    }
}
