package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The serving database's small text rules, without Spark or a database. */
class FormattingTest {

    @Test
    void copyLinesEscapeTextAndMarkNulls() {
        String line = CopyText.line(RowFactory.create("a\tb\\c\nd", null, 12L, 41.7, true, LocalDate.of(2025, 6, 1)));
        assertEquals("a\\tb\\\\c\\nd\t\\N\t12\t41.7\ttrue\t2025-06-01\n", line);
    }
}
