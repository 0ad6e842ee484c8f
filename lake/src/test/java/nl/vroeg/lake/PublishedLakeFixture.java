package nl.vroeg.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A published lake for the tests of what publishes (reports, dashboard): {@link PublishedFixture}'s monthly figures ('s-Gravenhage with large counts,
 * Amersfoort with suppressed ones; January to March 2025, March provisional) plus, for February 2025, the published
 * breakdowns and optionally the published partner events, afloop and drop-out by reason per partner type.
 *
 * <p>Amersfoort's partner types are the suppression case: of its 12 signals, Energie had {@link #HIDDEN_PRIMARY}
 * (shown "&lt;5"), Huur {@link #HIDDEN_SECONDARY} (hidden by secondary suppression, shown "x"), Water 2 ("&lt;5").
 * Their drop-out (Amersfoort's and Utrecht's): Energie 1 "Niet opgepakt: onterecht signaal" ("&lt;5"); Huur 2 "Nog
 * niet opgepakt" ("&lt;5") and {@link #HIDDEN_UITVAL} "onterecht signaal" ("x"); Water 2 "Nog niet opgepakt".
 */
public final class PublishedLakeFixture {

    public static final LocalDate FEBRUARY = LocalDate.of(2025, 2, 1);
    public static final long HIDDEN_PRIMARY = 1;
    public static final long HIDDEN_SECONDARY = 9;
    public static final long HIDDEN_UITVAL = 7;

    public static final StructType BREAKDOWN = StructType.fromDDL("""
            gemeentecode string, gemeentenaam string, niveau string, provinciecode string, maand date, dimensie string,
            waarde string, volgorde int, groepeert string, signalen bigint, zaken bigint, zaken_bereikt bigint,
            zaken_hulp_geaccepteerd bigint, zaken_hulp_geaccepteerd_en_bereikt bigint, bereik_pct double,
            hulpacceptatie_pct_van_bereikt double, voorlopig boolean, secundair_onderdrukt array<string>""".replace('\n', ' '));
    public static final StructType PARTNER_UITVAL = StructType.fromDDL("""
            gemeentecode string, gemeentenaam string, niveau string, maand date, partnertype string, signaalstatus string,
            signalen bigint, secundair_onderdrukt array<string>""".replace('\n', ' '));
    public static final StructType EVENTS = StructType.fromDDL("""
            gemeentecode string, gemeentenaam string, niveau string, maand date, gebeurtenis string, aantal bigint, inwoners bigint,
            per_1000_inwoners double, aantal_met_adres bigint, aantal_met_signaal_vooraf bigint, met_signaal_vooraf_pct double,
            secundair_onderdrukt array<string>""".replace('\n', ' '));
    public static final StructType AFLOOP = StructType.fromDDL("""
            gemeentecode string, gemeentenaam string, niveau string, maand date, zaken_bereikt bigint, zaken_niet_bereikt bigint,
            bereikt_aanzegging_ontruiming bigint, niet_bereikt_aanzegging_ontruiming bigint,
            aanzegging_ontruiming_pct_bereikt double, aanzegging_ontruiming_pct_niet_bereikt double,
            bereikt_ontruiming bigint, niet_bereikt_ontruiming bigint, ontruiming_pct_bereikt double, ontruiming_pct_niet_bereikt double,
            bereikt_afsluiting bigint, niet_bereikt_afsluiting bigint, afsluiting_pct_bereikt double, afsluiting_pct_niet_bereikt double,
            bereikt_wanbetalersregeling bigint, niet_bereikt_wanbetalersregeling bigint, wanbetalersregeling_pct_bereikt double,
            wanbetalersregeling_pct_niet_bereikt double, voorlopig boolean, secundair_onderdrukt array<string>""".replace('\n', ' '));

    private PublishedLakeFixture() {
    }

    /** The monthly figures and the breakdowns; with {@code events}, also the published events, afloop and partner_uitval. */
    public static void write(SparkSession spark, Lake lake, boolean events) {
        PublishedFixture.write(spark, lake);
        List<Row> rows = new ArrayList<>();
        for (String[] area : AREAS) {
            boolean small = area[0].equals("GM0307") || area[0].equals("PV26");
            if (small) smallBreakdowns(rows, area);
            else largeBreakdowns(rows, area, area[0].equals("NL"));
        }
        save(spark, lake, rows, BREAKDOWN, "gemeente_maand_uitsplitsing_gepubliceerd");
        if (!events) return;
        List<Row> e = new ArrayList<>();
        for (String[] area : AREAS) {
            long inwoners = area[0].equals("GM0307") || area[0].equals("PV26") ? 163298 : area[0].equals("NL") ? 732243 : 568945;
            for (int month = 1; month <= 2; month++) {
                LocalDate maand = LocalDate.of(2025, month, 1);
                boolean small = area[0].equals("GM0307") || area[0].equals("PV26");
                e.add(RowFactory.create(area[0], area[1], area[2], maand, "ONTRUIMING", small ? null : 20L, inwoners,
                        small ? null : 20 * 1000.0 / inwoners, small ? null : 20L, small ? null : 12L, small ? null : 60.0, List.of()));
                e.add(RowFactory.create(area[0], area[1], area[2], maand, "AFSLUITING", small ? 0L : 30L, inwoners,
                        small ? 0.0 : 30 * 1000.0 / inwoners, small ? 0L : 30L, small ? 0L : 15L, small ? null : 50.0, List.of()));
            }
        }
        save(spark, lake, e, EVENTS, "gebeurtenissen_maand_gepubliceerd");
        List<Row> a = new ArrayList<>();
        for (String[] area : AREAS) {
            boolean small = area[0].equals("GM0307") || area[0].equals("PV26");
            for (int month = 1; month <= 2; month++) {
                a.add(RowFactory.create(area[0], area[1], area[2], LocalDate.of(2025, month, 1), small ? null : 450L, small ? 6L : 1050L,
                        small ? null : 10L, small ? 0L : 42L, small ? null : 2.2, small ? null : 4.0,
                        small ? null : 5L, small ? 0L : 21L, small ? null : 1.1, small ? null : 2.0,
                        small ? null : 9L, small ? 0L : 31L, small ? null : 2.0, small ? null : 3.0,
                        small ? 0L : 0L, small ? 0L : 0L, null, null, true, List.of()));
            }
        }
        save(spark, lake, a, AFLOOP, "afloop_gepubliceerd");
        List<Row> u = new ArrayList<>();
        for (String[] area : AREAS) {
            if (area[0].equals("GM0307") || area[0].equals("PV26")) smallDropOut(u, area);
            else largeDropOut(u, area);
        }
        save(spark, lake, u, PARTNER_UITVAL, "partner_uitval_gepubliceerd");
    }

    /** 's-Gravenhage's February: the partner types' signals of largeBreakdowns by the statuses there. */
    private static void largeDropOut(List<Row> rows, String[] a) {
        String[] statuses = {"Nog niet opgepakt", "Niet opgepakt: onterecht signaal", "Niet opgepakt: herhaalde melding"};
        Object[][] types = {{"Energie", 720L, 50L, 30L}, {"Huur", 630L, 40L, 30L}, {"Zorg", 270L, 20L, 10L}, {"Water", 180L, 10L, 10L}};
        for (Object[] type : types) {
            for (int i = 0; i < statuses.length; i++) rows.add(dropOut(a, (String) type[0], statuses[i], (Long) type[i + 1], List.of()));
        }
    }

    /** Amersfoort's February (see the class comment); a combination without signals has no row. */
    private static void smallDropOut(List<Row> rows, String[] a) {
        rows.add(dropOut(a, "Energie", "Niet opgepakt: onterecht signaal", null, List.of()));
        rows.add(dropOut(a, "Huur", "Nog niet opgepakt", null, List.of()));
        rows.add(dropOut(a, "Huur", "Niet opgepakt: onterecht signaal", null, List.of("signalen")));
        rows.add(dropOut(a, "Water", "Nog niet opgepakt", null, List.of()));
    }

    private static Row dropOut(String[] a, String type, String status, Long signalen, List<String> secundair) {
        return RowFactory.create(a[0], a[1], a[2], FEBRUARY, type, status, signalen, secundair);
    }

    private static final String[][] AREAS = {
            {"GM0518", "'s-Gravenhage", "gemeente", "PV28"}, {"GM0307", "Amersfoort", "gemeente", "PV26"},
            {"PV28", "Zuid-Holland", "provincie", "PV28"}, {"PV26", "Utrecht", "provincie", "PV26"}, {"NL", "Nederland", "land", null}};

    /** 's-Gravenhage's February (and its province's, and NL's): 2,000 signals, 1,500 cases, 450 reached, 200 accepted help. */
    private static void largeBreakdowns(List<Row> rows, String[] a, boolean nl) {
        partner(rows, a, "Energie", 1, 800L, 600L, 200L, 90L, List.of());
        partner(rows, a, "Huur", 2, nl ? null : 700L, 520L, 150L, 60L, nl ? List.of("signalen") : List.of());
        partner(rows, a, "Zorg", 5, 300L, 230L, 60L, 30L, List.of());
        partner(rows, a, "Water", 6, nl ? null : 200L, 150L, 40L, 20L, nl ? List.of("signalen") : List.of());
        status(rows, a, "Nog niet opgepakt", 1, 1800L);
        status(rows, a, "Niet opgepakt: onterecht signaal", 2, 120L);
        status(rows, a, "Niet opgepakt: herhaalde melding", 5, 80L);
        cases(rows, a, "contactsoort", "Brief", 2, 1400L, 350L, 150L);
        cases(rows, a, "contactsoort", "Huisbezoek", 5, 300L, 210L, 90L);
        cases(rows, a, "aantal_pogingen", "0", 1, 100L, 0L, 0L);
        cases(rows, a, "aantal_pogingen", "1-2", 2, 900L, 250L, 100L);
        cases(rows, a, "aantal_pogingen", "3", 3, 300L, 120L, 60L);
        cases(rows, a, "aantal_pogingen", "4+", 4, 200L, 80L, 40L);
    }

    /** Amersfoort's February: 12 signals, 8 cases; the partner types suppressed (see the class comment). */
    private static void smallBreakdowns(List<Row> rows, String[] a) {
        partner(rows, a, "Energie", 1, null, null, null, null, List.of());
        partner(rows, a, "Huur", 2, null, null, null, null, List.of("signalen", "zaken"));
        partner(rows, a, "Zorg", 5, 0L, 0L, 0L, 0L, List.of());
        partner(rows, a, "Water", 6, null, null, null, null, List.of());
        status(rows, a, "Nog niet opgepakt", 1, 11L);
        status(rows, a, "Niet opgepakt: onterecht signaal", 2, null);
        cases(rows, a, "aantal_pogingen", "1-2", 2, 8L, null, null);
    }

    private static void partner(List<Row> rows, String[] a, String type, int order, Long signalen, Long zaken, Long bereikt, Long hulp,
                                List<String> secundair) {
        rows.add(breakdown(a, "partnertype", type, order, "signalen en zaken", zaken, bereikt, hulp).set("signalen", signalen)
                .set("secundair_onderdrukt", secundair).row());
    }

    private static void status(List<Row> rows, String[] a, String status, int order, Long signalen) {
        rows.add(breakdown(a, "signaalstatus", status, order, "signalen", null, null, null).set("signalen", signalen).row());
    }

    private static void cases(List<Row> rows, String[] a, String dimensie, String waarde, int order, Long zaken, Long bereikt, Long hulp) {
        rows.add(breakdown(a, dimensie, waarde, order, "zaken", zaken, bereikt, hulp).row());
    }

    /** A breakdown cell of February with its case counts and the percentages they allow (denominator 10 or more). */
    private static FixtureRow breakdown(String[] a, String dimensie, String waarde, int order, String groepeert, Long zaken, Long bereikt,
                                        Long hulp) {
        return FixtureRow.of(BREAKDOWN).set("gemeentecode", a[0]).set("gemeentenaam", a[1]).set("niveau", a[2])
                .set("provinciecode", a[3]).set("maand", FEBRUARY).set("dimensie", dimensie).set("waarde", waarde)
                .set("volgorde", order).set("groepeert", groepeert).set("zaken", zaken).set("zaken_bereikt", bereikt)
                .set("zaken_hulp_geaccepteerd", hulp)
                .set("bereik_pct", zaken != null && zaken >= 10 && bereikt != null ? 100.0 * bereikt / zaken : null)
                .set("hulpacceptatie_pct_van_bereikt", bereikt != null && bereikt >= 10 && hulp != null ? 100.0 * hulp / bereikt : null)
                .set("secundair_onderdrukt", List.of()).set("voorlopig", false);
    }

    private static void save(SparkSession spark, Lake lake, List<Row> rows, StructType schema, String table) {
        spark.createDataFrame(rows, schema).write().format("delta").mode("overwrite").save(lake.location("gold", table).toString());
    }
}
