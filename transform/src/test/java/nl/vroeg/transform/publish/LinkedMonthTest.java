package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * One month of gold.gebeurtenissen_maand, hand-made, as published: the relations between areas and the
 * percentage rule at its edges (no Spark session needed: the rows are made in memory).
 */
class LinkedMonthTest {

    private static final StructType SCHEMA = StructType.fromDDL("gemeentecode string, gemeentenaam string, niveau string,"
            + " maand date, gebeurtenis string, aantal bigint, inwoners bigint, per_1000_inwoners double,"
            + " aantal_met_adres bigint, aantal_met_signaal_vooraf bigint, met_signaal_vooraf_pct double");
    private static final Map<String, String> PROVINCES = Map.of("GM0014", "PV20", "GM0037", "PV20", "GM0047", "PV20",
            "GM0053", "PV20", "GM0058", "PV20", "GM0080", "PV21");

    @Test
    void aProvinceWithOneSmallMunicipalityAndPercentagesAtTheEdges() {
        // area    aantal  met adres  signaal vooraf
        // GM0014  40      33          4              4 of 33: numerator 1-4
        // GM0037   3       3          1              the small municipality
        // GM0047  12       9          5              denominator 9
        // GM0053  12      10          5              denominator 10: 50.0
        // GM0058   6       6          0
        // PV20    73      61         15
        // GM0080  40      33         29              29 of 33: 4 without
        // PV21    40      33         29
        // NL     113      94         44
        // aantal: GM0037 (3) is alone in PV20 = 40 + 3 + 12 + 12 + 6: the smallest other, GM0058 (6), is hidden too;
        //   met adres the same (6 < 9 < 10 < 33). signaal vooraf: 4 and 1 are both small: two hidden, nothing more.
        //   NL = PV20 + PV21: nothing hidden there.
        List<Row> rows = List.of(
                row("GM0014", 40, 33, 4), row("GM0037", 3, 3, 1), row("GM0047", 12, 9, 5), row("GM0053", 12, 10, 5),
                row("GM0058", 6, 6, 0), row("PV20", 73, 61, 15), row("GM0080", 40, 33, 29), row("PV21", 40, 33, 29),
                row("NL", 113, 94, 44));
        LinkedMonth month = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        month.add(PublishedTable.GEBEURTENISSEN, rows);

        List<String> published = new ArrayList<>();
        for (Row r : month.publish().get(PublishedTable.GEBEURTENISSEN)) {
            published.add(r.get(0) + " " + r.get(5) + " " + r.get(8) + " " + r.get(9) + " " + (r.get(7) == null ? "-" : "per1000")
                    + " " + (r.get(10) == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", (Double) r.get(10))) + " " + r.get(11));
        }
        assertEquals(List.of(
                "GM0014 40 33 null per1000 - []",
                "GM0037 null null null - - []",
                "GM0047 12 9 5 per1000 - []",
                "GM0053 12 10 5 per1000 50.0 []",
                "GM0058 null null 0 - - [aantal, aantal_met_adres]",
                "PV20 73 61 15 per1000 24.6 []",
                "GM0080 40 33 29 per1000 - []",
                "PV21 40 33 29 per1000 - []",
                "NL 113 94 44 per1000 46.8 []"), published);
        assertEquals(4, month.hiddenCounts()[0], "primary: 3, 3, 4, 1");
        assertEquals(2, month.hiddenCounts()[1], "secondary: GM0058 twice");
    }

    private static Row row(String code, long aantal, long metAdres, long vooraf) {
        String niveau = code.startsWith("GM") ? "gemeente" : code.startsWith("PV") ? "provincie" : "land";
        return new GenericRowWithSchema(new Object[] {code, code, niveau, LocalDate.of(2025, 6, 1), "ONTRUIMING", aantal,
                100_000L, aantal / 100.0, metAdres, vooraf, 100.0 * vooraf / metAdres}, SCHEMA);
    }
}
