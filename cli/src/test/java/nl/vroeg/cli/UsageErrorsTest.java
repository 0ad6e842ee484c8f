package nl.vroeg.cli;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Picocli's parse errors in Dutch: one line naming what is wrong, one pointing at the command's help; exit 2. */
class UsageErrorsTest {

    private static void refused(CliRun run, String line, String help) {
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("vroeg: " + line + "\nZie '" + help + " --help'.\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownOptionNamesItAndSuggestsTheNearestOne() {
        refused(vroeg("transform", "--volledg"), "Onbekende optie: --volledg (bedoelt u --volledig?)", "vroeg transform");
        refused(vroeg("transform", "--xyz"), "Onbekende optie: --xyz", "vroeg transform");
    }

    @Test
    void anUnknownCommandOrArgumentIsNamedWithSuggestions() {
        CliRun command = vroeg("transfrom");
        assertEquals(2, command.exitCode());
        assertTrue(command.err().startsWith("vroeg: Onbekende opdracht: transfrom (bedoelt u transform"), command.err());
        assertTrue(command.err().endsWith("?)\nZie 'vroeg --help'.\n"), command.err());
        refused(vroeg("status", "extra"), "Onverwacht argument: extra", "vroeg status");
    }

    @Test
    void aMissingParameterIsNamed() {
        refused(vroeg("ingest"), "Ontbreekt: PAD", "vroeg ingest");
    }

    @Test
    void aWrongValueNamesTheOptionTheValueAndWhatIsExpected() {
        refused(vroeg("report", "--maand", "2025-13"), "Ongeldige waarde voor --maand: '2025-13' (verwacht: jjjj-mm, bijvoorbeeld 2025-06)",
                "vroeg report");
    }

    @Test
    void theReachTargetIsAPercentage() {
        for (String wrong : List.of("150", "-1", "veertig", "NaN")) {
            refused(vroeg("transform", "--bereik-doel", wrong), "Ongeldige waarde voor --bereik-doel: '" + wrong
                    + "' (verwacht: een percentage van 0 tot en met 100, bijvoorbeeld 40 of 42,5)", "vroeg transform");
        }
        refused(vroeg("maand", "--bereik-doel", "101", "x"), "Ongeldige waarde voor --bereik-doel: '101'"
                + " (verwacht: een percentage van 0 tot en met 100, bijvoorbeeld 40 of 42,5)", "vroeg maand");
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        refused(vroeg("transform", "--lake", "a", "--lake", "b"), "Optie --lake is meer dan eens opgegeven", "vroeg transform");
    }
}
