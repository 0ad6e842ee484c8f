package nl.vroeg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Partner events as CSV (spec/inputs.md section 2): header row first, then one event per row. */
final class PartnerEventCsvReader {

    private final String fileName;

    PartnerEventCsvReader(String fileName) {
        this.fileName = fileName;
    }

    void read(Path file, PartnerEventChecker checker) {
        try (CSVParser parser = CsvText.open(file)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) throw Rejection.of(fileName, "het bestand is leeg");
                List<EventColumn> header = EventColumn.mapHeader(records.next().toList());
                String missing = EventColumn.missingRequired(header);
                if (!missing.isEmpty()) {
                    throw Rejection.of(fileName, "de kopregel (regel 1) mist de kolom(men) " + missing);
                }
                checker.header(header);
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    checker.check(record.getRecordNumber(), record.toList());
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // Commons CSV's message may quote the offending field (personal data): give only the place.
                throw Rejection.of(fileName, "ongeldige CSV rond regel " + parser.getCurrentLineNumber()
                        + " (bijvoorbeeld een aanhalingsteken dat niet gesloten wordt)");
            }
        } catch (IOException e) {
            throw Rejection.of(fileName, "niet te lezen: " + e.getClass().getSimpleName());
        }
    }
}
