package nl.vroeg.lake;

import org.apache.spark.sql.types.StructType;

/**
 * The tables that Java code writes (bronze, quarantine, ops), with their schemas. Silver and gold tables are
 * defined by the SQL models of the transform module: their schema is the model's select.
 */
public enum Table {
    /** The ledger: one row per ingested file and record kind (a rejected file: one row, kind {@code bestand}). */
    LEVERINGEN("bronze", "leveringen", """
            bestand_sha256 string not null, bestand string not null, bestandsoort string not null,
            recordsoort string not null, gelezen bigint not null, geaccepteerd bigint not null,
            gequarantaineerd bigint not null, status string not null, melding string,
            run_id string not null, ingest_tijd timestamp not null"""),

    /** One row per DDAS levering (one municipality and period within a file). */
    DDAS_LEVERINGEN("bronze", "ddas_leveringen", """
            leverancier string not null, gemeentecode string not null, teller int, startdatum_levering date,
            einddatum_levering date, aanleverdatum timestamp not null, signalen bigint not null,
            zaken bigint not null""" + Table.LINEAGE),

    SIGNALEN("bronze", "signalen", """
            leverancier string not null, gemeentecode string not null, signaal_id string not null,
            aanleverdatum timestamp not null, einddatum_levering date, signaaldatum date not null,
            ontstaansdatum date, bedrag bigint, status string, partnertype string not null,
            crisissignaal boolean, warme_overdracht boolean, persoon_sleutel string, adres_sleutel string,
            pc4 string, leeftijd int, sleutel_id string not null, postcode_ongeldig boolean not null,
            bsn_ontbreekt boolean not null, geboortedatum_onwaarschijnlijk boolean not null""" + Table.LINEAGE),

    /** A case's identity is its smallest signal ID ({@code zaak_id}); attempts stay nested as delivered. */
    ZAKEN("bronze", "zaken", """
            leverancier string not null, gemeentecode string not null, zaak_id string not null,
            aanleverdatum timestamp not null, einddatum_levering date, resultaat string, matchingsdatum date,
            datum_opgepakt date, signaal_ids array<string> not null,
            contactpogingen array<struct<volgnummer:int, soort:string, bereikt:boolean, datum:date, dagdeel:string>> not null"""
            + Table.LINEAGE),

    CBS_GEMEENTEN("bronze", "cbs_gemeenten", """
            jaar int not null, gemeentecode string not null, gemeentenaam string not null,
            provinciecode string not null, provincienaam string not null""" + Table.LINEAGE),

    CBS_HERINDELINGEN("bronze", "cbs_herindelingen", """
            ingangsdatum date not null, oude_gemeentecode string not null, oude_gemeentenaam string,
            nieuwe_gemeentecode string not null, nieuwe_gemeentenaam string""" + Table.LINEAGE),

    CBS_INWONERS("bronze", "cbs_inwoners", """
            jaar int not null, gemeentecode string not null, inwoners bigint not null""" + Table.LINEAGE),

    /** Data-quality results: one row per check, per file (and municipality where it applies), per run. */
    DQ_RESULTATEN("ops", "dq_resultaten", """
            run_id string not null, tijd timestamp not null, bestand string not null, bestand_sha256 string not null,
            gemeentecode string, controle string not null, niveau string not null, status string not null,
            meetwaarde double, melding string not null"""),

    /**
     * Transform runs: up to which ingest the lake was transformed, with which parameters, and which months of
     * gold were rebuilt (all of them when {@code volledig}).
     */
    TRANSFORM_RUNS("ops", "transform_runs", """
            run_id string not null, tijd timestamp not null, ingest_tot timestamp, parameters string not null,
            volledig boolean not null, maanden array<date> not null, modellen_sha256 string"""),

    /**
     * The lake's keys by their id (never the key): the one in use has no {@code tot}. Recorded when the lake first
     * pseudonymises; a key rotation ({@code vroeg sleutel roteer}) closes one period and opens the next.
     */
    SLEUTELS("ops", "sleutels", """
            sleutel_id string not null, van timestamp not null, tot timestamp, aanleiding string not null"""),

    /**
     * Retention purges ({@code vroeg purge}): detail rows dated before {@code grens} deleted and vacuumed; gold
     * months before {@code gold_vast_tot} are never rebuilt again. A dry run ({@code droog}) deleted nothing.
     */
    PURGE_RUNS("ops", "purge_runs", """
            run_id string not null, tijd timestamp not null, peildatum date not null, bewaartermijn_maanden int not null,
            grens date not null, gold_vast_tot date not null, droog boolean not null, rijen map<string, bigint> not null"""),

    /** Rejected records: reasons in Dutch, the record without personal data. */
    QUARANTAINE("quarantaine", "records", """
            bestand string not null, bestand_sha256 string not null, recordsoort string not null,
            gemeentecode string, positie string not null, redenen array<string> not null, record string,
            run_id string not null, ingest_tijd timestamp not null"""),

    /**
     * Partner events (CSV or Excel): what happened later at an address. Pseudonymised with the same key as the
     * signals so both link on {@code adres_sleutel}/{@code persoon_sleutel}; {@code _positie} is the file's row.
     */
    GEBEURTENISSEN("bronze", "gebeurtenissen", """
            partnertype string not null, partner string, gebeurtenis string not null, datum date not null,
            gemeentecode string not null, adres_sleutel string, persoon_sleutel string, pc4 string,
            postcode_ongeldig boolean not null, sleutel_id string not null""" + Table.LINEAGE),

    /** Municipal policy ({@code gemeentebeleid.csv}): the row in force on a date has the latest geldig_vanaf on or before it. */
    GEMEENTEBELEID("bronze", "gemeentebeleid", """
            gemeentecode string not null, geldig_vanaf date not null, drempelbedrag bigint,
            huisbezoek_capaciteit_per_maand int, brp_koppeling boolean not null""" + Table.LINEAGE);

    /** Where every bronze row came from; {@code _rij} orders rows of one file ("later delivery wins"). */
    private static final String LINEAGE = """
            , _bron_bestand string not null, _bestand_sha256 string not null, _levering int,
            _positie string, _rij bigint not null, _run_id string not null, _ingest_tijd timestamp not null""";

    private final String layer;
    private final String tableName;
    private final StructType schema;

    Table(String layer, String tableName, String ddl) {
        this.layer = layer;
        this.tableName = tableName;
        this.schema = StructType.fromDDL(ddl.replace('\n', ' '));
    }

    public String layer() {
        return layer;
    }

    public String tableName() {
        return tableName;
    }

    public String qualifiedName() {
        return layer + "." + tableName;
    }

    public StructType schema() {
        return schema;
    }

    /** What the table holds, in Dutch ({@code tabellen.properties}; {@code vroeg tabellen} shows it). */
    public String description() {
        return Texts.TEXTS.getProperty(qualifiedName() + ".tabel", "");
    }

    /** What one row is, in Dutch. */
    public String grain() {
        return Texts.TEXTS.getProperty(qualifiedName() + ".grain", "");
    }

    /** The table by its qualified name ({@code bronze.signalen}), if Java code writes it. */
    public static java.util.Optional<Table> named(String qualifiedName) {
        return java.util.Arrays.stream(values()).filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** Loaded on first use (an enum's constants come before its static fields). */
    private static final class Texts {
        static final java.util.Properties TEXTS = new java.util.Properties();

        static {
            try (var in = Table.class.getResourceAsStream("tabellen.properties")) {
                TEXTS.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
