package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkTest.class)
class JitDirectivesTest {

    private static final Pattern GENERATED = Pattern.compile(
            "matching: org/apache/spark/sql/catalyst/expressions/GeneratedClass\\*\\.\\*\\s+c1 directives:.*?c2 directives:\\s+inline: -\\s+Enable:true Exclude:true",
            Pattern.DOTALL);

    /** The Spark session's JVM compiles Spark's generated classes with C1 only: C2 excludes them, once. */
    @Test
    void theSessionsJvmKeepsGeneratedCodeFromC2(SparkSession spark) throws Exception {
        assertTrue(JitDirectives.install(), "installed with the session");
        JitDirectives.install(); // again: no second copy
        Matcher directive = GENERATED.matcher(JitDirectives.print());
        assertTrue(directive.find(), JitDirectives.print());
        assertEquals(false, directive.find(), "one directive, however often installed");
    }
}
