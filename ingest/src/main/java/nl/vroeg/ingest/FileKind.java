package nl.vroeg.ingest;

import nl.vroeg.lake.Table;

/** The kinds of delivery ingest knows; {@link #bestandsoort()} is what the ledger calls them. */
enum FileKind {
    DDAS("ddas"),
    GEBEURTENISSEN_CSV("gebeurtenissen-csv"),
    GEBEURTENISSEN_XLSX("gebeurtenissen-xlsx"),
    GEMEENTEBELEID("gemeentebeleid"),
    CBS_GEMEENTEN("cbs-gemeenten", Table.CBS_GEMEENTEN),
    CBS_HERINDELINGEN("cbs-herindelingen", Table.CBS_HERINDELINGEN),
    CBS_INWONERS("cbs-inwoners", Table.CBS_INWONERS),
    /** Only ever in the ledger row of a rejected file. */
    ONBEKEND("onbekend");

    private final String bestandsoort;
    private final Table table;

    FileKind(String bestandsoort) {
        this(bestandsoort, null);
    }

    FileKind(String bestandsoort, Table table) {
        this.bestandsoort = bestandsoort;
        this.table = table;
    }

    /** The bronze table of a CBS reference file; null for the other kinds (they land in several tables). */
    Table table() {
        return table;
    }

    boolean isCbsReference() {
        return table != null;
    }

    String bestandsoort() {
        return bestandsoort;
    }
}
