package nl.vroeg.security;

import nl.vroeg.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** CSV injection: excel-csv makes formula-like text inert; plain csv keeps the lake's values exactly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcelCsvTest {

    SandboxLake fixture;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) throws IOException {
        fixture = new SandboxLake(dir);
    }

    @Test
    void excelCsvNeutralisesFormulasButKeepsNumbers() {
        CliRun run = fixture.sql("--format", "excel-csv", "select signaal_id, opmerking, codes, -1.5 as getal,"
                + " '@SUM(A1)' as a, '+1' as b, concat(char(9), 'x') as c from silver.signalen order by signaal_id");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("\uFEFFsignaal_id;opmerking;codes;getal;a;b;c\r\n"
                + "s1;\"'=HYPERLINK(\"\"http://x\"\")\";[a, b];-1,5;'@SUM(A1);'+1;'\tx\r\n"
                + "s2;'-2+3;[c];-1,5;'@SUM(A1);'+1;'\tx\r\n", run.out());
    }

    @Test
    void plainCsvKeepsValuesAsInTheLake() {
        CliRun run = fixture.sql("--format", "csv", "select signaal_id, opmerking from silver.signalen order by signaal_id");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("signaal_id,opmerking\ns1,\"=HYPERLINK(\"\"http://x\"\")\"\ns2,-2+3\n", run.out());
    }

    @Test
    void arraysMapsAndStructsPrintAsValues() {
        CliRun run = fixture.sql("select codes, telling, paar from silver.signalen order by signaal_id");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("| [a, b] | {k -> 1} | {1, z} |"), run.out());
        assertTrue(!run.out().contains("ArraySeq"), run.out());
    }
}
