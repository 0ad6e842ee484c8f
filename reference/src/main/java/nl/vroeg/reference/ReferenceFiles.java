package nl.vroeg.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference files shipped beside these classes (plain CSV with a header, and properties). */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static List<CSVRecord> csv(String name) {
        try (Reader reader = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String name) {
        try (Reader reader = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ReferenceFiles.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("Missing reference file nl/vroeg/reference/" + name);
        return in;
    }
}
