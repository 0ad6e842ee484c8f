package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells what a file is: by its extension, and for a CSV by its header line (partners and municipalities name
 * their files freely, but the columns are fixed; so are those of the CBS reference files).
 */
final class FileKindRecogniser {

    // CBS reference files, by their (lower-cased) columns.
    private static final Set<String> CBS_GEMEENTEN = Set.of("gemeentecode", "gemeentecodegm", "gemeentenaam",
            "provinciecode", "provinciecodepv", "provincienaam");
    private static final Set<String> CBS_HERINDELINGEN = Set.of("ingangsdatum", "oud_gm_code", "oud_gemeentenaam",
            "nieuw_gm_code", "nieuw_gemeentenaam");
    private static final Set<String> CBS_INWONERS = Set.of("jaar", "gemeentecode", "gemeentenaam", "inwoners");

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
        Set<String> columns = Arrays.stream(lower.split("[;,]")).map(c -> c.strip().replace("\"", ""))
                .collect(Collectors.toSet());
        if (columns.containsAll(CBS_GEMEENTEN)) return FileKind.CBS_GEMEENTEN;
        if (columns.containsAll(CBS_HERINDELINGEN)) return FileKind.CBS_HERINDELINGEN;
        if (columns.containsAll(CBS_INWONERS)) return FileKind.CBS_INWONERS;
        throw Rejection.of(name, "geen herkenbare kopregel op regel 1 (verwacht een kolom 'gebeurtenis' voor partnergebeurtenissen,"
                + " 'drempelbedrag' voor gemeentebeleid, of de kolommen van een CBS-gemeentelijst, -herindelingslijst of"
                + " -inwonerslijst)");
    }
}
