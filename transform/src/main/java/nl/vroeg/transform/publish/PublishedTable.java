package nl.vroeg.transform.publish;

import java.util.List;

/**
 * A gold table as it is published ({@code gold.<source>_gepubliceerd}): the same columns plus
 * {@code secundair_onderdrukt}. Its count columns are the cells of {@link CellSuppression}; each derived column is
 * shown only when it gives no hidden count back. One row per area ({@code gemeentecode}), {@code maand} and
 * {@link #rowKey}.
 */
enum PublishedTable {

    GEMEENTE_MAAND("gemeente_maand", List.of(),
            List.of("signalen", "signalen_niet_opgepakt", "zaken", "zaken_enkelvoudig", "zaken_meervoudig",
                    "zaken_opeenvolgend", "zaken_met_contactpoging", "zaken_bereikt", "zaken_hulp_geaccepteerd",
                    "zaken_hulp_geaccepteerd_en_bereikt", "zaken_quick_fix", "zaken_geaccepteerd_zonder_bereik",
                    "zaken_binnen_4_weken"),
            List.of(Derived.perInhabitants("signalen_per_1000_inwoners", "signalen"),
                    Derived.percentage("uitval_pct", "signalen_niet_opgepakt", "signalen"),
                    Derived.percentage("bereik_pct", "zaken_bereikt", "zaken"),
                    // bereik_pct minus a published constant: gives the same count back
                    Derived.percentage("bereik_verschil_doel_pp", "zaken_bereikt", "zaken"),
                    Derived.percentage("hulpacceptatie_pct_van_bereikt", "zaken_hulp_geaccepteerd_en_bereikt", "zaken_bereikt"),
                    Derived.percentage("hulpacceptatie_pct_van_zaken", "zaken_hulp_geaccepteerd", "zaken"),
                    Derived.percentage("quick_fix_pct_van_geaccepteerd", "zaken_quick_fix", "zaken_hulp_geaccepteerd"),
                    Derived.median("mediaan_dagen_tot_eerste_poging", "zaken_met_contactpoging"),
                    Derived.percentage("binnen_4_weken_pct", "zaken_binnen_4_weken", "zaken"))),

    UITSPLITSING("gemeente_maand_uitsplitsing", List.of("dimensie", "waarde"),
            List.of("signalen", "zaken", "zaken_bereikt", "zaken_hulp_geaccepteerd", "zaken_hulp_geaccepteerd_en_bereikt"),
            List.of(Derived.percentage("bereik_pct", "zaken_bereikt", "zaken"),
                    Derived.percentage("hulpacceptatie_pct_van_bereikt", "zaken_hulp_geaccepteerd_en_bereikt", "zaken_bereikt"))),

    GEBEURTENISSEN("gebeurtenissen_maand", List.of("gebeurtenis"),
            List.of("aantal", "aantal_met_adres", "aantal_met_signaal_vooraf"),
            List.of(Derived.perInhabitants("per_1000_inwoners", "aantal"),
                    Derived.percentage("met_signaal_vooraf_pct", "aantal_met_signaal_vooraf", "aantal_met_adres"))),

    AFLOOP("afloop", List.of(),
            List.of("zaken_bereikt", "zaken_niet_bereikt", "bereikt_aanzegging_ontruiming", "niet_bereikt_aanzegging_ontruiming",
                    "bereikt_ontruiming", "niet_bereikt_ontruiming", "bereikt_afsluiting", "niet_bereikt_afsluiting",
                    "bereikt_wanbetalersregeling", "niet_bereikt_wanbetalersregeling"),
            List.of(Derived.percentage("aanzegging_ontruiming_pct_bereikt", "bereikt_aanzegging_ontruiming", "zaken_bereikt"),
                    Derived.percentage("aanzegging_ontruiming_pct_niet_bereikt", "niet_bereikt_aanzegging_ontruiming", "zaken_niet_bereikt"),
                    Derived.percentage("ontruiming_pct_bereikt", "bereikt_ontruiming", "zaken_bereikt"),
                    Derived.percentage("ontruiming_pct_niet_bereikt", "niet_bereikt_ontruiming", "zaken_niet_bereikt"),
                    Derived.percentage("afsluiting_pct_bereikt", "bereikt_afsluiting", "zaken_bereikt"),
                    Derived.percentage("afsluiting_pct_niet_bereikt", "niet_bereikt_afsluiting", "zaken_niet_bereikt"),
                    Derived.percentage("wanbetalersregeling_pct_bereikt", "bereikt_wanbetalersregeling", "zaken_bereikt"),
                    Derived.percentage("wanbetalersregeling_pct_niet_bereikt", "niet_bereikt_wanbetalersregeling", "zaken_niet_bereikt"))),

    /** Drop-out by reason per partner type: its cells add up to the partnertype and signaalstatus groups ({@link LinkedMonth}). */
    PARTNER_UITVAL("partner_uitval", List.of("partnertype", "signaalstatus"), List.of("signalen"), List.of());

    /** The column listing, per row, the counts hidden by secondary suppression. */
    static final String SECONDARY_COLUMN = "secundair_onderdrukt";

    private final String source;
    private final List<String> rowKey;
    private final List<String> counts;
    private final List<Derived> derived;

    PublishedTable(String source, List<String> rowKey, List<String> counts, List<Derived> derived) {
        this.source = source;
        this.rowKey = rowKey;
        this.counts = counts;
        this.derived = derived;
    }

    /** The unsuppressed gold table. */
    String source() {
        return source;
    }

    /** The published gold table. */
    String target() {
        return source + "_gepubliceerd";
    }

    /** The columns that, with gemeentecode and maand, identify a row. */
    List<String> rowKey() {
        return rowKey;
    }

    /** The count columns: the cells of suppression (NULL where the row does not count that unit). */
    List<String> counts() {
        return counts;
    }

    List<Derived> derived() {
        return derived;
    }

    /**
     * A figure computed from counts of its row.
     * <ul>
     * <li>{@code PERCENTAGE}: numerator / denominator; shown only when both counts are shown and
     * {@link nl.vroeg.lake.published.SuppressionRules#percentageShown} allows it.</li>
     * <li>{@code PER_INHABITANTS}: the count / inhabitants (public): shown when the count is.</li>
     * <li>{@code MEDIAN}: a median over the denominator's cases: it gives no count back, but over fewer than the
     * smallest percentage denominator it describes individuals, so it is shown only from there.</li>
     * </ul>
     */
    record Derived(String column, Kind kind, String numerator, String denominator) {
        enum Kind { PERCENTAGE, PER_INHABITANTS, MEDIAN }

        static Derived percentage(String column, String numerator, String denominator) {
            return new Derived(column, Kind.PERCENTAGE, numerator, denominator);
        }

        static Derived perInhabitants(String column, String count) {
            return new Derived(column, Kind.PER_INHABITANTS, count, null);
        }

        static Derived median(String column, String cases) {
            return new Derived(column, Kind.MEDIAN, null, cases);
        }
    }
}
