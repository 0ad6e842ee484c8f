package nl.vroeg.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vroeg.lake.published.DutchFormat;
import nl.vroeg.lake.published.SuppressionRules;

/**
 * The serving copy of {@code gold.gemeente_maand_gepubliceerd} in PostgreSQL: {@code <schema>.gemeente_maand}.
 * One list of columns drives the DDL, the comments, the COPY column list and the Spark select, so they cannot drift.
 */
final class ServingTable {

    static final String DEFAULT_SCHEMA = "vroeg";
    static final String NAME = "gemeente_maand";

    static final String TABLE_COMMENT = "Gepubliceerde maandcijfers vroegsignalering schulden per gemeente, provincie en "
            + "Nederland (niveau), per cohortmaand; een kopie van gold.gemeente_maand_gepubliceerd, bij elke publicatie "
            + "volledig vervangen. Een leeg (NULL) aantal is verborgen: 1 tot en met "
            + (SuppressionRules.STANDARD.smallestShownCount() - 1) + " (toon '" + DutchFormat.SUPPRESSED_COUNT + "'), behalve"
            + " voor de kolommen in secundair_onderdrukt (toon '" + DutchFormat.SECONDARY_SUPPRESSED + "'); een leeg (NULL)"
            + " percentage wordt niet getoond. " + String.join(" ", SuppressionRules.STANDARD.explanation())
            + " Definities: spec/indicators.md.";

    static final List<ServingColumn> COLUMNS = List.of(
            text("gemeentecode", true, "Gebiedscode: GMnnnn (gemeente), PVnn (provincie) of NL"),
            text("gemeentenaam", false, "Naam van de gemeente, de provincie of Nederland"),
            text("niveau", true, "gemeente, provincie of land"),
            text("provinciecode", false, "Provinciecode (PVnn) van de gemeente of provincie; leeg voor Nederland"),
            new ServingColumn("maand", ColumnType.DATE, true, "Cohortmaand: de eerste dag van de maand"),
            count("signalen", "Signalen met een signaaldatum in de maand"),
            new ServingColumn("inwoners", ColumnType.COUNT, false, "Aantal inwoners (CBS)"),
            decimal("signalen_per_1000_inwoners", "Signalen per 1.000 inwoners"),
            count("signalen_niet_opgepakt", "Signalen die niet zijn opgepakt"),
            decimal("uitval_pct", "Percentage signalen dat niet is opgepakt"),
            count("zaken", "Zaken met hun eerste signaal in de maand"),
            count("zaken_enkelvoudig", "Zaken zonder meervoudig of opeenvolgend signaal"),
            count("zaken_meervoudig", "Zaken met meerdere signalen op hetzelfde adres in de maand"),
            count("zaken_opeenvolgend", "Zaken met een signaal op hetzelfde adres in de zes maanden ervoor"),
            count("zaken_met_contactpoging", "Zaken met minstens een (niet-administratieve) contactpoging"),
            count("zaken_bereikt", "Zaken waarin de inwoner is bereikt"),
            decimal("bereik_pct", "Percentage zaken bereikt"),
            decimal("bereik_doel_pct", "Doel voor het bereik, in procenten"),
            decimal("bereik_verschil_doel_pp", "Bereik min doel, in procentpunten"),
            count("zaken_hulp_geaccepteerd", "Zaken waarin hulp is geaccepteerd"),
            decimal("hulpacceptatie_pct_van_bereikt", "Percentage bereikte zaken met geaccepteerde hulp"),
            decimal("hulpacceptatie_pct_van_zaken", "Percentage zaken met geaccepteerde hulp"),
            count("zaken_quick_fix", "Zaken afgesloten met (budget)advies en/of quick fix"),
            decimal("quick_fix_pct_van_geaccepteerd", "Percentage quick fix van de zaken met geaccepteerde hulp"),
            count("zaken_geaccepteerd_zonder_bereik", "Controlegetal: hulp geaccepteerd zonder bereik"),
            decimal("mediaan_dagen_tot_eerste_poging", "Mediaan aantal dagen van signaal tot eerste contactpoging"),
            decimal("binnen_4_weken_pct", "Percentage zaken met een eerste contactpoging binnen 28 dagen"),
            new ServingColumn("secundair_onderdrukt", ColumnType.NAMES, true,
                    "Kolommen waarvan het aantal is verborgen om een ander verborgen aantal te beschermen (secundaire onderdrukking)"),
            new ServingColumn("voorlopig", ColumnType.FLAG, false,
                    "Waar als de zaken van de maand nog worden behandeld: de cijfers kunnen nog veranderen"));

    /** Schema names end up in SQL text, so only plain lower-case identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String schema;

    ServingTable(String schema) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("Ongeldige schemanaam: " + schema);
        }
        this.schema = schema;
    }

    String qualifiedName() {
        return schema + "." + NAME;
    }

    /** Idempotent DDL: the schema, the table and its comments (comments are refreshed on every publication). */
    List<String> createStatements() {
        List<String> sql = new ArrayList<>();
        sql.add("create schema if not exists " + schema);
        sql.add("create table if not exists " + qualifiedName() + " (\n"
                + COLUMNS.stream().map(c -> "  " + c.name() + " " + c.type().postgresType() + (c.required() ? " not null" : ""))
                        .collect(Collectors.joining(",\n"))
                + ",\n  primary key (gemeentecode, maand)\n)");
        // a table published by an earlier version gets the columns added since
        for (ServingColumn c : COLUMNS) {
            sql.add("alter table " + qualifiedName() + " add column if not exists " + c.name() + " " + c.type().postgresType());
        }
        sql.add("comment on table " + qualifiedName() + " is " + literal(TABLE_COMMENT));
        for (ServingColumn c : COLUMNS) {
            sql.add("comment on column " + qualifiedName() + "." + c.name() + " is " + literal(c.description()));
        }
        return sql;
    }

    String copyStatement() {
        return "copy " + qualifiedName() + " (" + columnList() + ") from stdin (format text)";
    }

    static String columnList() {
        return COLUMNS.stream().map(ServingColumn::name).collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static ServingColumn text(String name, boolean required, String description) {
        return new ServingColumn(name, ColumnType.TEXT, required, description);
    }

    private static ServingColumn count(String name, String description) {
        return new ServingColumn(name, ColumnType.COUNT, false, description + " (leeg: 1 tot en met 4)");
    }

    private static ServingColumn decimal(String name, String description) {
        return new ServingColumn(name, ColumnType.DECIMAL, false, description + " (leeg: niet getoond)");
    }
}
