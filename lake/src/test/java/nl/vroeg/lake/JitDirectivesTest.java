package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkTest.class)
class JitDirectivesTest {

    private static final Pattern GENERATED = excluded("org/apache/spark/sql/catalyst/expressions/GeneratedClass*.*");
    private static final Pattern CODE_MAKERS = excluded("org/antlr/v4/runtime/*.*, org/apache/xbean/asm9/*.*, "
            + "org/codehaus/commons/compiler/*.*, org/codehaus/janino/*.*");

    /** A directive as the JVM prints it: its class and method patterns, then C2 excluded. */
    private static Pattern excluded(String patterns) {
        return Pattern.compile("matching: " + Pattern.quote(patterns)
                + "\\s+c1 directives:.*?c2 directives:\\s+inline: -\\s+Enable:true Exclude:true", Pattern.DOTALL);
    }

    /**
     * The Spark session's JVM compiles Spark's generated classes, and the compiler, bytecode library and parser that
     * make them per query, with C1 only: C2 excludes them, once.
     */
    @Test
    void theSessionsJvmKeepsGeneratedCodeFromC2(SparkSession spark) throws Exception {
        assertTrue(JitDirectives.install(), "installed with the session");
        JitDirectives.install(); // again: no second copy
        String printed = JitDirectives.print();
        for (Pattern directive : new Pattern[] {GENERATED, CODE_MAKERS}) {
            Matcher found = directive.matcher(printed);
            assertTrue(found.find(), printed);
            assertFalse(found.find(), "one directive, however often installed");
        }
    }
}
