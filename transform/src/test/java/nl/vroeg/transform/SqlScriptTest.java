package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void aSemicolonEndsAStatementAtTheEndOfACodeLineOnly() {
        String script = """
                -- a header; with a semicolon inside
                -- and one at the end of a comment line;
                cache table a as select 1 as x;
                cache table b as
                select x from a  ;
                select ';' as s
                from b
                """;
        assertEquals(List.of(
                "-- a header; with a semicolon inside\n-- and one at the end of a comment line;\ncache table a as select 1 as x",
                "cache table b as\nselect x from a  ",
                "select ';' as s\nfrom b\n"), SqlScript.statements(script));
    }

    @Test
    void aScriptWithoutSemicolonsIsOneStatement() {
        assertEquals(List.of("select 1\n"), SqlScript.statements("select 1\n"));
    }
}
