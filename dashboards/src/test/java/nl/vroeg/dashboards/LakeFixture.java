package nl.vroeg.dashboards;

import java.time.LocalDate;
import java.util.List;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The serving database's sources in a small lake: the four published tables of today (gemeente_maand from
 * {@link PublishedFixture}: Amersfoort GM0307 and 's-Gravenhage GM0518, their provinces and NL, January to March
 * 2025), and the detail sources (gold.gemeente_maand, gold.gemeente_maand_uitsplitsing, silver.zaak_kenmerken)
 * with rows of both municipalities.
 */
final class LakeFixture {

    static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);
    /** Rows of PublishedFixture's gemeente_maand_gepubliceerd: 5 areas x 3 months. */
    static final int PUBLISHED_ROWS = 15;
    static final int AMERSFOORT_CASES = 3;
    static final int HAAG_CASES = 2;

    static final StructType ZAAK_KENMERKEN = StructType.fromDDL("leverancier string, gemeentecode string,"
            + " gemeentecode_actueel string, zaak_id string, maand date, eerste_signaal_id string, eerste_signaaldatum date,"
            + " adres_sleutel string, sleutel_id string, partnertype string, leeftijd int, aantal_signalen bigint,"
            + " bedrag_totaal bigint, bedrag_bekend boolean, resultaat string, meervoudig boolean, opeenvolgend boolean,"
            + " enkelvoudig boolean, telbare_pogingen bigint, met_contactpoging boolean, contactsoorten array<string>,"
            + " alleen_brief boolean, bereikt boolean, hulp_geaccepteerd boolean, quick_fix boolean, dagen_tot_eerste_poging int");

    private LakeFixture() {
    }

    /** Published tables only. */
    static Lake published(SparkSession spark, Lake lake) {
        PublishedFixture.write(spark, lake);
        write(spark, lake, "gold", "gemeente_maand_uitsplitsing_gepubliceerd", "gemeentecode string, niveau string, maand date,"
                + " dimensie string, waarde string, zaken bigint, bereik_pct double, secundair_onderdrukt array<string>",
                List.of(RowFactory.create("GM0518", "gemeente", JANUARY, "leeftijd", "<27", 300L, 30.0, List.of("zaken")),
                        RowFactory.create("NL", "land", JANUARY, "leeftijd", "<27", 302L, 29.8, List.of())));
        write(spark, lake, "gold", "gebeurtenissen_maand_gepubliceerd", "gemeentecode string, niveau string, maand date,"
                + " gebeurtenis string, aantal bigint, secundair_onderdrukt array<string>",
                List.of(RowFactory.create("NL", "land", JANUARY, "ONTRUIMING", 12L, List.of())));
        write(spark, lake, "gold", "afloop_gepubliceerd", "gemeentecode string, niveau string, maand date, zaken_bereikt bigint,"
                + " ontruiming_pct_bereikt double, voorlopig boolean, secundair_onderdrukt array<string>",
                List.of(RowFactory.create("NL", "land", JANUARY, 500L, 1.5, true, List.of("zaken_bereikt", "met \"quote\" en , komma"))));
        return lake;
    }

    /** Published tables and the detail sources of both municipalities. */
    static Lake withDetail(SparkSession spark, Lake lake) {
        published(spark, lake);
        String figures = "gemeentecode string, gemeentenaam string, niveau string, maand date, signalen bigint, zaken bigint";
        write(spark, lake, "gold", "gemeente_maand", figures, List.of(
                RowFactory.create("GM0307", "Amersfoort", "gemeente", JANUARY, 3L, 3L),
                RowFactory.create("GM0518", "'s-Gravenhage", "gemeente", JANUARY, 2L, 2L),
                RowFactory.create("NL", "Nederland", "land", JANUARY, 5L, 5L)));
        write(spark, lake, "gold", "gemeente_maand_uitsplitsing", figures + ", dimensie string, waarde string", List.of(
                RowFactory.create("GM0307", "Amersfoort", "gemeente", JANUARY, 3L, 3L, "leeftijd", "<27"),
                RowFactory.create("GM0518", "'s-Gravenhage", "gemeente", JANUARY, 2L, 2L, "leeftijd", "<27"),
                RowFactory.create("PV26", "Utrecht", "provincie", JANUARY, 3L, 3L, "leeftijd", "<27")));
        zaakKenmerken(spark, lake, List.of(zaak("GM0307", "z1", 23, 80L), zaak("GM0307", "z2", 70, null),
                zaak("GM0307", "z3", null, 2000L), zaak("GM0518", "z4", 45, 499L), zaak("GM0518", "z5", 30, 10L)));
        return lake;
    }

    static void zaakKenmerken(SparkSession spark, Lake lake, List<Row> rows) {
        spark.createDataFrame(rows, ZAAK_KENMERKEN).write().format("delta").mode("overwrite")
                .save(lake.location("silver", "zaak_kenmerken").toString());
    }

    /** A case with pseudonyms and IDs that must never reach the serving database. */
    static Row zaak(String gemeente, String id, Integer leeftijd, Long bedrag) {
        return RowFactory.create("leverancier-" + id, gemeente, gemeente, "zaak-" + id, JANUARY, "signaal-" + id,
                LocalDate.of(2025, 1, 17), "adres-pseudoniem-" + id, "sleutel-id", "Huur", leeftijd, 2L, bedrag, bedrag != null,
                "(Budget)advies en/of quick fix", false, false, true, 2L, true, List.of("Brief", "Telefoon"), false, true, true,
                true, 9);
    }

    static void write(SparkSession spark, Lake lake, String layer, String table, String ddl, List<Row> rows) {
        spark.createDataFrame(rows, StructType.fromDDL(ddl)).write().format("delta").mode("overwrite")
                .option("overwriteSchema", "true").save(lake.location(layer, table).toString());
    }
}
