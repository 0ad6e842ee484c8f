package nl.vroeg.security;

import static nl.vroeg.cli.CliRun.vroeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.cli.CliRun;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input to {@code vroeg extract} (SECURITY.md, "Onderzoeksextracten"): a table named by a path, an SQL
 * fragment or a layer that is not research data, an output folder inside the lake (also through a symbolic link)
 * or with files in it, a project name that is no name. Each is one Dutch line with exit 2 before the key is read,
 * and neither the lake nor the folder changes. The re-keying itself (no value shared between projects or with the
 * lake, no key in any output) is checked on real data by {@code cli/.../ExtractCommandTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractAttackTest {

    SandboxLake sandbox;
    Path out;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) throws IOException {
        sandbox = new SandboxLake(dir);
        for (String table : List.of("bronze/signalen", "quarantaine/records", "ops/sleutels")) {
            VroegSpark.session().sql("select 'x' as waarde").write().format("delta").save(sandbox.lake.root().resolve(table).toString());
        }
        out = dir.resolve("uit");
    }

    private CliRun extract(String tables, Path folder, String... more) {
        List<String> args = new ArrayList<>(List.of("extract", "--lake", sandbox.lake.root().toString(), "--project", "p",
                "--tabellen", tables, "--uit", folder.toString()));
        args.addAll(List.of(more));
        return vroeg(args.toArray(String[]::new));
    }

    /** Refused with exit 2 and one line starting with {@code start}; nothing written in the lake or as the extract. */
    private void refused(CliRun run, String start) throws IOException {
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("vroeg: " + start), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out), "no extract");
    }

    @Test
    void aTableNamedByAPathOrAnSqlFragmentIsRefused() throws IOException {
        Map<String, String> before = sandbox.files();
        for (String name : List.of("../bronze/signalen", "/etc/passwd", "gold/gemeente_maand", "delta.`/etc`",
                "gold.gemeente_maand; drop table gold.gemeente_maand", "gold.gemeente_maand where 1=1", "gold.gemeente_maand--",
                "gold.*", "gold.gemeente_maand version as of 0", "file:///etc/passwd", "gold.gemeente_maand\nselect 1")) {
            refused(extract(name, out), "'" + name.replace('\n', '?') + "' is geen tabelnaam");
        }
        assertEquals(before, sandbox.files(), "the lake is unchanged");
    }

    @Test
    void bronzeQuarantineAndOpsAreNoResearchData() throws IOException {
        for (String table : List.of("bronze.signalen", "quarantaine.records", "ops.sleutels")) {
            refused(extract(table, out), table + " kan niet in een extract: alleen silver- en gold-tabellen");
        }
        refused(extract("gold.gemeente_maand,bronze.signalen", out), "bronze.signalen kan niet in een extract");
    }

    @Test
    void aTableTheLakeDoesNotHaveNamesTheOnesItHas() throws IOException {
        refused(extract("gold.bestaat_niet", out), "Tabel gold.bestaat_niet bestaat niet in het lake; wel: silver.signalen, gold.gemeente_maand.");
    }

    @Test
    void theExtractNeverGoesIntoTheLake() throws IOException {
        Map<String, String> before = sandbox.files();
        Path lake = sandbox.lake.root();
        Path link = Files.createSymbolicLink(sandbox.dir.resolve("naar-gold"), lake.resolve("gold"));
        for (Path inside : List.of(lake, lake.resolve("gold/nieuw"), lake.resolve("gold/gemeente_maand"), link.resolve("nieuw"),
                sandbox.dir.resolve("uit/../lake/silver/x"))) {
            refused(extract("gold.gemeente_maand", inside), "--uit " + inside.toAbsolutePath().normalize() + " ");
        }
        assertEquals(before, sandbox.files(), "the lake is unchanged");
    }

    @Test
    void aFolderWithFilesOrAFileIsNeverOverwritten() throws IOException {
        Path earlier = Files.createDirectories(sandbox.dir.resolve("eerder"));
        Files.writeString(earlier.resolve("resultaat.csv"), "a,b\n1,2\n");
        CliRun run = extract("gold.gemeente_maand", earlier);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("bevat al bestanden; een extract overschrijft niets"), run.err());
        assertEquals("a,b\n1,2\n", Files.readString(earlier.resolve("resultaat.csv")));
        try (var files = Files.list(earlier)) {
            assertEquals(1, files.count());
        }
        CliRun file = extract("gold.gemeente_maand", earlier.resolve("resultaat.csv"));
        assertEquals(2, file.exitCode(), file.all());
        assertTrue(file.err().contains("is een bestand; geef een map"), file.err());
    }

    @Test
    void aProjectNameIsLowerCaseLettersDigitsDashesAndUnderscores() throws IOException {
        for (String name : List.of("../p", "Project", "p q", "p;q", "", "p/q", "x".repeat(65))) {
            CliRun run = vroeg("extract", "--lake", sandbox.lake.root().toString(), "--project", name, "--tabellen",
                    "gold.gemeente_maand", "--uit", out.toString());
            refused(run, "Projectnaam '");
        }
    }

    @Test
    void usageMistakesAreExit2() throws IOException {
        refused(extract("gold.gemeente_maand", out, "--van", "2025-06", "--tot", "2025-01"), "--van 2025-06 ligt na --tot 2025-01");
        refused(extract("gold.gemeente_maand,silver.signalen", out, "--as-of", "1"), "--as-of met een versienummer kan alleen bij één tabel");
        refused(extract("gold.gemeente_maand", out, "--as-of", "gisteren"), "--as-of 'gisteren' is geen versienummer en geen tijdstip");
    }

    @Test
    void withoutTheLakesKeyThereIsNoExtract() throws IOException {
        assumeTrue(System.getenv(Pseudonymiser.KEY_FILE_VARIABLE) == null, "the test JVM has a key in its environment");
        CliRun run = extract("gold.gemeente_maand", out);
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("vroeg: Geen sleutel: zet " + Pseudonymiser.KEY_FILE_VARIABLE), run.err());
        assertFalse(Files.exists(out));
    }
}
