package nl.vroeg.ingest;

/** The kinds of delivery ingest knows; {@link #bestandsoort()} is what the ledger calls them. */
enum FileKind {
    DDAS("ddas"),
    GEBEURTENISSEN_CSV("gebeurtenissen-csv"),
    GEBEURTENISSEN_XLSX("gebeurtenissen-xlsx"),
    GEMEENTEBELEID("gemeentebeleid"),
    /** Only ever in the ledger row of a rejected file. */
    ONBEKEND("onbekend");

    private final String bestandsoort;

    FileKind(String bestandsoort) {
        this.bestandsoort = bestandsoort;
    }

    String bestandsoort() {
        return bestandsoort;
    }
}
