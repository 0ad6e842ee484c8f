package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.LakeKeys;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Een reproduceerbaar onderzoeksextract: silver- en gold-tabellen als Parquet (voor DuckDB, R, pandas)"
                + " met manifest.json (versies, query's, rijen, SHA-256 van elk bestand) en SHA256SUMS.",
                "Pseudoniemen en id's worden per project herversleuteld: extracten van twee projecten, en een extract en het lake,"
                        + " zijn niet aan elkaar te koppelen. De sleutel van het lake komt uit $" + Pseudonymiser.KEY_FILE_VARIABLE
                        + ". Alleen lezen.",
                "Voorbeeld: vroeg extract --project schulden-2025 --tabellen gold.gemeente_maand,silver.zaak_kenmerken"
                        + " --van 2025-01 --tot 2025-06 --uit extract-schulden-2025"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--project", required = true, paramLabel = "NAAM",
            description = "Het onderzoeksproject (kleine letters, cijfers, - en _): dezelfde naam geeft altijd dezelfde herversleuteling.")
    String project;

    @Option(names = "--tabellen", required = true, split = ",", paramLabel = "TABEL",
            description = "De tabellen, gescheiden door komma's, bijv. gold.gemeente_maand,silver.signalen (alleen silver en gold).")
    List<String> tables;

    @Option(names = "--van", paramLabel = "JJJJ-MM", description = "Eerste maand (op de kolom maand; silver.zaken op de cohortmaand van de zaak).")
    YearMonth van;

    @Option(names = "--tot", paramLabel = "JJJJ-MM", description = "Laatste maand (inclusief).")
    YearMonth tot;

    @Option(names = "--uit", required = true, paramLabel = "MAP", description = "Een nieuwe of lege map buiten het lake.")
    Path out;

    @Option(names = "--as-of", paramLabel = "TIJDSTIP", description = "Lees alle tabellen zoals ze op dit tijdstip waren (UTC,"
            + " bijv. 2025-03-01 12:00:00; standaard nu), of één tabel op een Delta-versie (getal).")
    String asOf;

    @Override
    public Integer call() {
        Lake lake = lakeOption.existingLake();
        ExtractRequest request = ExtractRequest.check(lake, project, tables, van, tot, asOf, out);
        Pseudonymiser key = Pseudonymiser.fromEnvironment();
        try { // the key file outside the lake, and the lake's key
            new LakeKeys(VroegSpark.session(), lake).requireLakeKey(key);
        } catch (Pseudonymiser.RefusedKeyException refused) {
            throw new Vroeg.UserError(refused.getMessage(), SleutelCommand.REFUSED);
        }
        extract(lake, request, key, spec.commandLine().getParseResult().originalArgs(), System.err::println);
        spec.commandLine().getOut().println("Extract voor project " + request.project() + " in " + request.out() + ": "
                + request.tables().size() + " tabel(len) als Parquet, " + ExtractManifest.FILE + " en " + ExtractManifest.SUMS + ".");
        return Vroeg.OK;
    }

    /** The extract of a checked request with the lake's key; {@code args} (the command line) go into the manifest. */
    static void extract(Lake lake, ExtractRequest request, Pseudonymiser key, List<String> args, Consumer<String> progress) {
        ProjectKey projectKey = ProjectKey.of(key, request.project());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("project", request.project());
        about.put("aangemaakt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        about.put("vroeg_versie", ProductVersion.get());
        about.put("opdracht", "vroeg " + args.stream().map(a -> a.matches("[\\w./:=,-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" ")));
        about.put("lake", lake.root().toString());
        about.put("lake_sleutel_id", key.keyId());
        about.put("project_sleutel_id", projectKey.id());
        new ResearchExtract(VroegSpark.session(), lake, progress).write(request, projectKey, about);
    }
}
