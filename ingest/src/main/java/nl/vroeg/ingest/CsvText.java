package nl.vroeg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * CSV as partners and municipalities export it: UTF-8 (a BOM allowed) or, from Dutch Excel, Windows-1252; fields
 * separated by {@code ;} or {@code ,}. Both are detected, never configured, since senders do not say.
 */
final class CsvText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char BOM = '\uFEFF';
    private static final int LONGEST_HEADER = 1 << 20;

    private CsvText() {
    }

    /** The first line, enough to recognise the kind of file (column names are ASCII); null for an empty file. */
    static String headerLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line = reader.readLine();
            return line == null ? null : line.replace("\u00EF\u00BB\u00BF", "");
        }
    }

    /** UTF-8 when the whole file decodes strictly as UTF-8, else Windows-1252 (one streaming pass). */
    static Charset detectCharset(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            reader.transferTo(Writer.nullWriter());
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** {@code ;} unless the header line has more commas than semicolons. */
    static char detectDelimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    /**
     * A parser over every record, the header row included as record 1 (so a record's number is its row in the
     * file, as a spreadsheet shows it: empty lines are kept as records and must be skipped by the caller).
     */
    static CSVParser open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), detectCharset(file)));
        try {
            reader.mark(1);
            if (reader.read() != BOM) reader.reset();
            reader.mark(LONGEST_HEADER);
            String header = reader.readLine();
            reader.reset();
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(header == null ? ';' : detectDelimiter(header))
                    .setIgnoreEmptyLines(false)
                    .setTrim(true)
                    .get();
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }
}
