package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.vroeg.lake.published.SuppressionRules;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Hand-made months as published: gold.gebeurtenissen_maand (the relations between areas and the percentage rule
 * at its edges) and gold.partner_uitval against its breakdown groups (no Spark session needed: the rows are made
 * in memory).
 */
class LinkedMonthTest {

    private static final StructType SCHEMA = StructType.fromDDL("gemeentecode string, gemeentenaam string, niveau string,"
            + " maand date, gebeurtenis string, aantal bigint, inwoners bigint, per_1000_inwoners double,"
            + " aantal_met_adres bigint, aantal_met_signaal_vooraf bigint, met_signaal_vooraf_pct double");
    private static final StructType BREAKDOWN = StructType.fromDDL("gemeentecode string, maand date, dimensie string, waarde string,"
            + " volgorde int, signalen bigint, zaken bigint, zaken_bereikt bigint, zaken_hulp_geaccepteerd bigint,"
            + " zaken_hulp_geaccepteerd_en_bereikt bigint, bereik_pct double, hulpacceptatie_pct_van_bereikt double");
    private static final StructType DROP_OUT = StructType.fromDDL("gemeentecode string, gemeentenaam string, niveau string,"
            + " maand date, partnertype string, signaalstatus string, signalen bigint");
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
        LinkedMonth month = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        month.add(PublishedTable.GEBEURTENISSEN, events());

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

    @Test
    void aPartnerTypesDropOutIsProtectedByItsPartnerTypeAndItsStatusGroups() {
        // NL only (no relations between areas); signalen, with the breakdown groups as margins:
        //                      Nog niet opgepakt  onterecht signaal  herhaalde melding | partnertype group
        //   Energie                  20                  5                  6          |   31
        //   Huur                      8                  8                  3          |   19
        //   signaalstatus group      28                 13                  9          |   50
        // Huur x herhaalde (3) is small and the only hidden cell of two relations. Relations are swept partner types
        // first, then statuses (in row order: herhaalde, onterecht, Nog niet):
        //   Huur 19 = 8 + 8 + 3: the smallest other is 8, twice; same area, so the category decides:
        //     "Huur=Niet opgepakt: onterecht signaal" sorts before "Huur=Nog niet opgepakt": Huur x onterecht goes.
        //   herhaalde 9 = 6 + 3: Energie x herhaalde (6) goes.
        //   onterecht 13 = 5 + 8: Huur x onterecht is hidden, so is now alone: Energie x onterecht (5) goes.
        //   Nog niet 28 = 20 + 8: nothing hidden. The next sweep finds every relation with 0 or 2 hidden cells; the
        //   groups themselves stay shown (Energie's 31 = 20 + x + x gives neither back).
        LinkedMonth month = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        month.add(PublishedTable.UITSPLITSING, groups());
        month.add(PublishedTable.PARTNER_UITVAL, dropOuts());

        Map<PublishedTable, List<Row>> published = month.publish();
        assertEquals(List.of(
                "Energie Niet opgepakt: herhaalde melding null [signalen]",
                "Energie Niet opgepakt: onterecht signaal null [signalen]",
                "Energie Nog niet opgepakt 20 []",
                "Huur Niet opgepakt: herhaalde melding null []",
                "Huur Niet opgepakt: onterecht signaal null [signalen]",
                "Huur Nog niet opgepakt 8 []"), published.get(PublishedTable.PARTNER_UITVAL).stream()
                .map(r -> r.get(4) + " " + r.get(5) + " " + r.get(6) + " " + r.get(7)) // published rows have no schema: by index
                .toList());
        assertEquals(List.<Object>of(31L, 19L, 28L, 13L, 9L), published.get(PublishedTable.UITSPLITSING).stream()
                .map(r -> r.get(5)).toList(), "the groups stay shown");
        assertEquals(1, month.hiddenCounts()[0], "primary: Huur x herhaalde");
        assertEquals(3, month.hiddenCounts()[1], "secondary: Huur x onterecht, Energie x herhaalde, Energie x onterecht");
    }

    @Test
    void tablesWithoutRelationsBetweenThemAreSuppressedApartWithTheSameResult() {
        // the two months above as one: the events relate to nothing of the breakdown and partner_uitval, so a
        // transform that rebuilt only one of them republishes only that one (PublishedTables)
        assertEquals(EnumSet.of(PublishedTable.GEMEENTE_MAAND, PublishedTable.UITSPLITSING, PublishedTable.PARTNER_UITVAL),
                LinkedMonth.linkedWith(PublishedTable.PARTNER_UITVAL));
        assertEquals(EnumSet.of(PublishedTable.GEBEURTENISSEN), LinkedMonth.linkedWith(PublishedTable.GEBEURTENISSEN));
        assertEquals(EnumSet.of(PublishedTable.AFLOOP), LinkedMonth.linkedWith(PublishedTable.AFLOOP));
        LinkedMonth together = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        together.add(PublishedTable.GEBEURTENISSEN, events());
        together.add(PublishedTable.UITSPLITSING, groups());
        together.add(PublishedTable.PARTNER_UITVAL, dropOuts());
        LinkedMonth events = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        events.add(PublishedTable.GEBEURTENISSEN, events());
        LinkedMonth dropOut = new LinkedMonth(PROVINCES, SuppressionRules.STANDARD);
        dropOut.add(PublishedTable.UITSPLITSING, groups());
        dropOut.add(PublishedTable.PARTNER_UITVAL, dropOuts());

        Map<PublishedTable, List<Row>> apart = new EnumMap<>(PublishedTable.class);
        apart.putAll(events.publish());
        apart.putAll(dropOut.publish());
        assertEquals(texts(apart), texts(together.publish()));
        assertEquals(List.of(5, 5), List.of(together.hiddenCounts()[0], together.hiddenCounts()[1]),
                "4 + 1 primary, 2 + 3 secondary: the two months above");
    }

    private static Map<PublishedTable, List<String>> texts(Map<PublishedTable, List<Row>> published) {
        Map<PublishedTable, List<String>> texts = new EnumMap<>(PublishedTable.class);
        published.forEach((table, rows) -> texts.put(table, rows.stream().map(Row::toString).toList()));
        return texts;
    }

    private static List<Row> events() {
        return List.of(
                row("GM0014", 40, 33, 4), row("GM0037", 3, 3, 1), row("GM0047", 12, 9, 5), row("GM0053", 12, 10, 5),
                row("GM0058", 6, 6, 0), row("PV20", 73, 61, 15), row("GM0080", 40, 33, 29), row("PV21", 40, 33, 29),
                row("NL", 113, 94, 44));
    }

    private static List<Row> groups() {
        return List.of(group("partnertype", 1, "Energie", 31), group("partnertype", 2, "Huur", 19),
                group("signaalstatus", 1, "Nog niet opgepakt", 28), group("signaalstatus", 2, "Niet opgepakt: onterecht signaal", 13),
                group("signaalstatus", 5, "Niet opgepakt: herhaalde melding", 9));
    }

    private static List<Row> dropOuts() {
        return List.of(
                dropOut("Energie", "Niet opgepakt: herhaalde melding", 6), dropOut("Energie", "Niet opgepakt: onterecht signaal", 5),
                dropOut("Energie", "Nog niet opgepakt", 20), dropOut("Huur", "Niet opgepakt: herhaalde melding", 3),
                dropOut("Huur", "Niet opgepakt: onterecht signaal", 8), dropOut("Huur", "Nog niet opgepakt", 8));
    }

    /** A breakdown group's signals; its case counts are left out (NULL: no cell), they relate to nothing here. */
    private static Row group(String dimensie, int volgorde, String waarde, long signalen) {
        return new GenericRowWithSchema(new Object[] {"NL", LocalDate.of(2025, 6, 1), dimensie, waarde, volgorde, signalen, null, null,
                null, null, null, null}, BREAKDOWN);
    }

    private static Row dropOut(String partnertype, String status, long signalen) {
        return new GenericRowWithSchema(new Object[] {"NL", "Nederland", "land", LocalDate.of(2025, 6, 1), partnertype, status, signalen},
                DROP_OUT);
    }

    private static Row row(String code, long aantal, long metAdres, long vooraf) {
        String niveau = code.startsWith("GM") ? "gemeente" : code.startsWith("PV") ? "provincie" : "land";
        return new GenericRowWithSchema(new Object[] {code, code, niveau, LocalDate.of(2025, 6, 1), "ONTRUIMING", aantal,
                100_000L, aantal / 100.0, metAdres, vooraf, 100.0 * vooraf / metAdres}, SCHEMA);
    }
}
