package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The properties of {@link PublishedTablesCheck} on a lake of your own (e.g. a national month), outside the suite:
 * {@code mvn -B -o -pl transform -am verify -Dtest=ExistingLakePropertyTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvroeg.controle.lake=/path/to/lake}
 */
@ExtendWith(SparkTest.class)
class ExistingLakePropertyTest {

    @Test
    void anExistingLake(SparkSession spark) {
        String path = System.getProperty("vroeg.controle.lake");
        Assumptions.assumeTrue(path != null, "only with -Dvroeg.controle.lake=DIR");
        new Lake(Path.of(path)).register(spark);
        List<String> violations = PublishedTablesCheck.violations(spark);
        System.err.println("vroeg.controle.lake " + path + ": " + (violations.isEmpty() ? "geen schendingen" : violations));
        assertEquals(List.of(), violations);
    }
}
