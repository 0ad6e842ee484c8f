package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells what a file is: by its extension, and for a CSV by its header line (partners and municipalities name
 * their files freely, but the columns are fixed).
 */
final class FileKindRecogniser {

    private FileKindRecogniser() {
    }

    /** @throws FileRejectedException (Dutch, naming the file) when the file is none of the known kinds */
    static FileKind recognise(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) return FileKind.DDAS;
        if (lower.endsWith(".xlsx")) return FileKind.GEBEURTENISSEN_XLSX;
        if (lower.endsWith(".csv")) return ofCsv(file, name);
        if (lower.endsWith(".xls")) throw Rejection.of(name, "het oude Excel-formaat (.xls) wordt niet gelezen; sla het op als .xlsx");
        throw Rejection.of(name, "onbekend bestandstype (verwacht DDAS-JSON, gebeurtenissen als .csv of .xlsx, of gemeentebeleid.csv)");
    }

    private static FileKind ofCsv(Path file, String name) {
        String header;
        try {
            header = CsvText.headerLine(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) throw Rejection.of(name, "het bestand is leeg");
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.contains("gebeurtenis")) return FileKind.GEBEURTENISSEN_CSV;
        if (lower.contains("drempelbedrag")) return FileKind.GEMEENTEBELEID;
        throw Rejection.of(name, "geen herkenbare kopregel op regel 1 (verwacht een kolom 'gebeurtenis' voor partnergebeurtenissen"
                + " of 'drempelbedrag' voor gemeentebeleid)");
    }
}
