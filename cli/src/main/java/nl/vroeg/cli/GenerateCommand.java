package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroeg.sampledata.GeneratorSettings;
import nl.vroeg.sampledata.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Genereert realistische, fictieve DDAS-leveringen (zelfde seed: zelfde bestanden).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "invoer", description = "Uitvoermap (standaard ./invoer).")
    Path out;

    @Option(names = "--gemeenten", split = ",", paramLabel = "GMnnnn", description = "Gemeentecodes (standaard die van de demo).")
    List<String> gemeenten;

    @Option(names = "--van", paramLabel = "JJJJ-MM", description = "Eerste maand.")
    YearMonth from;

    @Option(names = "--tot", paramLabel = "JJJJ-MM", description = "Laatste maand (inclusief).")
    YearMonth to;

    @Option(names = "--seed", description = "Startwaarde van de toevalsgenerator.")
    Long seed;

    @Override
    public Integer call() {
        GeneratorSettings demo = GeneratorSettings.demo();
        GeneratorSettings settings = new GeneratorSettings(gemeenten != null ? gemeenten : demo.gemeentecodes(),
                from != null ? from : demo.van(), to != null ? to : demo.tot(), seed != null ? seed : demo.seed());
        List<Path> files = new SampleDataGenerator(settings).writeDeliveries(out, System.err::println);
        System.err.println(files.size() + " leveringen geschreven naar " + out);
        return Vroeg.OK;
    }
}
