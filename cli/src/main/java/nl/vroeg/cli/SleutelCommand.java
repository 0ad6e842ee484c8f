package nl.vroeg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vroeg.lake.LakeKeys;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vroeg sleutel}: the pseudonymisation key of a lake. {@code id} shows which key the lake uses and which the
 * environment names (ids only: an id is an HMAC of a fixed label and reveals neither the key nor a pseudonym);
 * {@code nieuw} writes a random key file; {@code roteer} makes another key the lake's from now on.
 */
@Command(name = "sleutel", mixinStandardHelpOptions = true,
        description = "De pseudonimiseringssleutel van het lake: tonen (id), een nieuwe maken, roteren.",
        subcommands = {SleutelCommand.Id.class, SleutelCommand.Nieuw.class, SleutelCommand.Roteer.class})
final class SleutelCommand implements Callable<Integer> {

    /** Exit code of a refused key (usage error: the operator must fix the key file or the environment). */
    static final int REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Vroeg.OK;
    }

    /** What happens to matching across a rotation; printed by {@code roteer}, repeated in README and SECURITY.md. */
    static final String MATCHING_ACROSS_ROTATION = """
            Wat dit betekent voor het koppelen:
              - Rijen die al in het lake staan houden hun pseudoniemen en hun sleutel_id (de oude sleutel).
              - Nieuwe leveringen krijgen pseudoniemen van de nieuwe sleutel: hetzelfde BSN of adres krijgt een ander
                pseudoniem dan voor de rotatie. Oude pseudoniemen kunnen niet worden omgerekend (het BSN wordt niet bewaard).
              - Koppelen over de rotatie heen werkt dus niet: een signaal na de rotatie telt niet als opeenvolgend op
                een signaal ervoor (6 maanden terug), een gebeurtenis na de rotatie koppelt niet aan een signaal of zaak
                ervoor (12 maanden terug, afloop 365 dagen). Binnen de maanden aan elke kant werkt koppelen gewoon.
              - De transformatie verandert niets: zij vergelijkt pseudoniemen; de indicatoren over koppeling zijn
                daardoor tot 12 maanden na de rotatie lager dan werkelijk. Roteer daarom alleen als het moet
                (sleutel gelekt of verplicht), bij voorkeur aan het begin van een maand.
              - Zet nu $%s op het nieuwe sleutelbestand; de oude sleutel wordt voor nieuwe leveringen geweigerd.
            """.formatted(Pseudonymiser.KEY_FILE_VARIABLE);

    @Command(name = "id", mixinStandardHelpOptions = true,
            description = "Toont de sleutel-id van het lake (en zijn geschiedenis) en die van de sleutel in $" + Pseudonymiser.KEY_FILE_VARIABLE + ".")
    static final class Id implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LakeOption lakeOption;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LakeKeys keys = new LakeKeys(VroegSpark.session(), lakeOption.lake());
            out.println("Lake " + lakeOption.lake().root() + ": sleutel-id " + keys.current().orElse("(nog geen; het lake heeft nog niets gepseudonimiseerd)"));
            for (LakeKeys.Entry e : keys.entries()) {
                out.println("  " + e.sleutelId() + "  van " + e.van() + (e.tot() == null ? "  (in gebruik)" : "  tot " + e.tot()) + "  " + e.aanleiding());
            }
            String file = System.getenv(Pseudonymiser.KEY_FILE_VARIABLE);
            if (file != null && !file.isBlank()) {
                try {
                    Pseudonymiser key = Pseudonymiser.fromKeyFile(Path.of(file));
                    String verdict = keys.current().map(id -> id.equals(key.keyId()) ? "de sleutel van dit lake" : "NIET de sleutel van dit lake")
                            .orElse("wordt de sleutel van dit lake bij de eerste inlezing");
                    out.println("$" + Pseudonymiser.KEY_FILE_VARIABLE + " (" + file + "): sleutel-id " + key.keyId() + ", " + verdict);
                } catch (Pseudonymiser.MissingKeyException refused) {
                    out.println("$" + Pseudonymiser.KEY_FILE_VARIABLE + ": " + refused.getMessage());
                }
            }
            out.flush();
            return Vroeg.OK;
        }
    }

    @Command(name = "nieuw", mixinStandardHelpOptions = true,
            description = "Schrijft een nieuwe willekeurige sleutel (256 bits) in een bestand dat alleen de eigenaar kan lezen.")
    static final class Nieuw implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--bestand", required = true, paramLabel = "BESTAND", description = "Het nieuwe sleutelbestand (buiten het lake; mag nog niet bestaan).")
        Path file;

        @Override
        public Integer call() {
            if (Files.exists(file)) {
                throw new Vroeg.UserError(file + " bestaat al; een sleutelbestand wordt nooit overschreven (kies een ander pad).", REFUSED);
            }
            Pseudonymiser.createKeyFile(file);
            spec.commandLine().getOut().println("Nieuwe sleutel geschreven: " + file + " (sleutel-id "
                    + Pseudonymiser.fromKeyFile(file).keyId() + ", alleen voor u leesbaar). Bewaar een kopie veilig buiten het lake.");
            spec.commandLine().getOut().flush();
            return Vroeg.OK;
        }
    }

    @Command(name = "roteer", mixinStandardHelpOptions = true,
            description = {"Maakt een andere sleutel de sleutel van het lake, vanaf nu (de huidige sleutel is nodig).", "Let op: over de rotatie heen koppelen pseudoniemen niet (zie README)."})
    static final class Roteer implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LakeOption lakeOption;

        @Option(names = "--huidig-bestand", paramLabel = "BESTAND", description = "Het sleutelbestand van de huidige sleutel (standaard $" + Pseudonymiser.KEY_FILE_VARIABLE + ").")
        Path currentFile;

        @Option(names = "--nieuw-bestand", required = true, paramLabel = "BESTAND", description = "Het sleutelbestand van de nieuwe sleutel (maak het met 'vroeg sleutel nieuw').")
        Path newFile;

        @Override
        public Integer call() {
            try {
                Pseudonymiser current = currentFile != null ? Pseudonymiser.fromKeyFile(currentFile) : Pseudonymiser.fromEnvironment();
                Pseudonymiser next = Pseudonymiser.fromKeyFile(newFile);
                new LakeKeys(VroegSpark.session(), lakeOption.lake()).rotate(current, next);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Sleutel geroteerd in " + lakeOption.lake().root() + ": " + current.keyId() + " -> " + next.keyId()
                        + " (vastgelegd in ops.sleutels).");
                out.print(MATCHING_ACROSS_ROTATION);
                out.flush();
                return Vroeg.OK;
            } catch (Pseudonymiser.RefusedKeyException refused) {
                throw new Vroeg.UserError(refused.getMessage(), REFUSED);
            }
        }
    }
}
