package nl.vroeg.dashboards;

import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * One table of the serving database with the lake rows that fill it. What is published is read from the lake
 * folder, not from a list in code: every {@code gold.*_gepubliceerd} table (so a table added later is published
 * without a change here), and the detail marts of {@link DetailMart} whose sources exist.
 */
record ServingSource(ServingTable table, Dataset<Row> rows) {

    static final String PUBLISHED_SUFFIX = "_gepubliceerd";

    /** The published gold tables of the lake, in name order, each as {@code <schema>.<name without _gepubliceerd>}. */
    static List<ServingSource> published(SparkSession spark, Lake lake, String schema) {
        List<ServingSource> sources = new ArrayList<>();
        for (String qualified : publishedTableNames(lake)) {
            String lakeName = qualified.substring("gold.".length());
            String name = lakeName.substring(0, lakeName.length() - PUBLISHED_SUFFIX.length());
            Dataset<Row> rows = read(spark, lake, "gold", lakeName);
            sources.add(new ServingSource(table(schema, name, qualified, rows, false), rows));
        }
        return sources;
    }

    /** {@code gold.*_gepubliceerd} as found on disk (no Spark needed: the CLI checks this before Spark starts). */
    static List<String> publishedTableNames(Lake lake) {
        return lake.tableNames().stream().filter(n -> n.startsWith("gold.") && n.endsWith(PUBLISHED_SUFFIX)).toList();
    }

    /** The detail marts whose sources the lake has. */
    static List<ServingSource> detail(SparkSession spark, Lake lake, String schema) {
        List<ServingSource> sources = new ArrayList<>();
        for (DetailMart mart : DetailMart.values()) {
            if (!lake.exists(mart.layer, mart.source)) continue;
            Dataset<Row> rows = mart.select(read(spark, lake, mart.layer, mart.source));
            sources.add(new ServingSource(table(schema, mart.table, mart.layer + "." + mart.source, rows, true), rows));
        }
        return sources;
    }

    private static ServingTable table(String schema, String name, String source, Dataset<Row> rows, boolean detail) {
        return new ServingTable(schema, name, source, ServingDescriptions.table(name, source, detail),
                ServingDescriptions.columns(name, rows.schema()), detail);
    }

    private static Dataset<Row> read(SparkSession spark, Lake lake, String layer, String name) {
        return spark.read().format("delta").load(lake.location(layer, name).toString());
    }

    /**
     * What a municipality may see of its own, unsuppressed: its rows of the monthly figures and breakdowns, and its
     * cases without anything that identifies a person or a record (see README, "Serving database").
     */
    enum DetailMart {
        GEMEENTE_MAAND("gold", "gemeente_maand", "gemeente_maand"),
        UITSPLITSING("gold", "gemeente_maand_uitsplitsing", "gemeente_maand_uitsplitsing"),
        /**
         * silver.zaak_kenmerken without leverancier, zaak_id, eerste_signaal_id (IDs a case system can look up),
         * adres_sleutel and sleutel_id (pseudonyms and key id), eerste_signaaldatum (only the month), and the
         * delivering gemeentecode (the current one is kept); leeftijd and bedrag_totaal only as the bands of
         * gold.gemeente_maand_uitsplitsing (transform/.../gold/gemeente_maand_uitsplitsing.sql: keep them equal).
         */
        ZAKEN("silver", "zaak_kenmerken", "zaken");

        final String layer;
        final String source;
        final String table;

        DetailMart(String layer, String source, String table) {
            this.layer = layer;
            this.source = source;
            this.table = table;
        }

        Dataset<Row> select(Dataset<Row> rows) {
            if (this != ZAKEN) return rows.where(functions.col("niveau").equalTo("gemeente"));
            // the bands are the mart's own columns, so their descriptions are here; the others keep the lake's comments
            Column leeftijdsgroep = functions.expr("""
                    case when leeftijd is null then 'onbekend' when leeftijd < 27 then '<27' when leeftijd < 45 then '27-44'
                         when leeftijd < 65 then '45-64' else '65+' end""").as("leeftijdsgroep",
                    comment("Leeftijdsgroep op de signaaldatum van het eerste signaal: <27, 27-44, 45-64, 65+ of onbekend"));
            Column bedragsgroep = functions.expr("""
                    case when not bedrag_bekend or bedrag_totaal is null then 'onbekend' when bedrag_totaal < 75 then '<75'
                         when bedrag_totaal < 250 then '75-249' when bedrag_totaal < 500 then '250-499'
                         when bedrag_totaal < 1000 then '500-999' else '1000+' end""").as("bedragsgroep",
                    comment("Som van de bedragen van de signalen van de zaak in euro: <75, 75-249, 250-499, 500-999, 1000+,"
                            + " of onbekend als een signaal geen bedrag heeft"));
            List<Column> columns = new ArrayList<>(List.of(columns("gemeentecode_actueel as gemeentecode", "maand", "partnertype")));
            columns.add(leeftijdsgroep);
            columns.add(bedragsgroep);
            columns.addAll(List.of(columns("aantal_signalen", "resultaat", "meervoudig", "opeenvolgend", "enkelvoudig",
                    "telbare_pogingen", "met_contactpoging", "contactsoorten", "alleen_brief", "bereikt", "hulp_geaccepteerd",
                    "quick_fix", "dagen_tot_eerste_poging")));
            return rows.select(columns.toArray(Column[]::new));
        }

        private static Column[] columns(String... expressions) {
            return java.util.Arrays.stream(expressions).map(functions::expr).toArray(Column[]::new);
        }

        private static org.apache.spark.sql.types.Metadata comment(String text) {
            return new org.apache.spark.sql.types.MetadataBuilder().putString("comment", text).build();
        }
    }
}
