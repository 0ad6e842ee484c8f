package nl.vroeg.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the partner event files of one month the way partners send them (inputs.md section 2):
 * <ul>
 *   <li>{@code gebeurtenissen-energie-<yyyy-MM>.csv}: Windows-1252, {@code ;}, dates DD-MM-YYYY (a Dutch Excel export);</li>
 *   <li>{@code gebeurtenissen-water-<yyyy-MM>.csv}: Windows-1252, {@code ;}, dates YYYY-MM-DD;</li>
 *   <li>{@code gebeurtenissen-zorg-<yyyy-MM>.csv}: UTF-8, {@code ,}, dates YYYY-MM-DD;</li>
 *   <li>{@code ontruimingen-huur-<yyyy-MM>.xlsx}: the housing corporations' list, sheet {@code Ontruimingen}, two title
 *       rows and a blank row before the header, Dutch header synonyms, real Excel dates.</li>
 * </ul>
 * Rows are sorted by date, municipality and address; CRLF line ends as Excel writes them.
 */
final class PartnerEventWriter {

    static final String HEADER = "partnertype;partner;gebeurtenis;datum;gemeentecode;postcode;huisnummer;huisnummertoevoeging;bsn;geboortedatum";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Comparator<PartnerEvent> ORDER = Comparator.comparing(PartnerEvent::datum)
            .thenComparing(PartnerEvent::gemeentecode).thenComparing(PartnerEvent::postcode).thenComparing(PartnerEvent::huisnummer)
            .thenComparing(e -> e.gebeurtenis().ordinal());

    private PartnerEventWriter() {
    }

    /** Writes the four files of the month (also when empty: partners send a file each month); returns them. */
    static List<Path> write(Path dir, YearMonth month, List<PartnerEvent> events) {
        List<PartnerEvent> sorted = events.stream().sorted(ORDER).toList();
        Path energie = dir.resolve("gebeurtenissen-energie-" + month + ".csv");
        Path water = dir.resolve("gebeurtenissen-water-" + month + ".csv");
        Path zorg = dir.resolve("gebeurtenissen-zorg-" + month + ".csv");
        Path huur = dir.resolve("ontruimingen-huur-" + month + ".xlsx");
        csv(energie, of(sorted, "energie"), Charset.forName("windows-1252"), ';', true);
        csv(water, of(sorted, "water"), Charset.forName("windows-1252"), ';', false);
        csv(zorg, of(sorted, "zorg"), StandardCharsets.UTF_8, ',', false);
        xlsx(huur, month, of(sorted, "huur"));
        return List.of(energie, water, zorg, huur);
    }

    private static List<PartnerEvent> of(List<PartnerEvent> events, String soort) {
        return events.stream().filter(e -> e.soortBestand().equals(soort)).toList();
    }

    private static void csv(Path file, List<PartnerEvent> events, Charset charset, char separator, boolean dutchDates) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset))) {
            out.write(HEADER.replace(';', separator));
            out.write("\r\n");
            for (PartnerEvent e : events) {
                String[] values = {e.partnertype().ddas, e.partner(), e.gebeurtenis().name(), date(e.datum(), dutchDates), e.gemeentecode(),
                        e.postcode(), e.huisnummer(), e.huisnummertoevoeging(), e.bsn(), date(e.geboortedatum(), dutchDates)};
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) out.write(separator);
                    if (values[i] != null) out.write(values[i]);
                }
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + file + " niet schrijven", e);
        }
    }

    private static String date(LocalDate date, boolean dutch) {
        if (date == null) return null;
        return dutch ? DUTCH_DATE.format(date) : date.toString();
    }

    private static void xlsx(Path file, YearMonth month, List<PartnerEvent> events) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            // POI would record the clock as the creation time: a fixed one keeps the same settings byte-identical
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(
                    Optional.of(Date.from(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
            Sheet sheet = workbook.createSheet("Ontruimingen");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Aanzeggingen en ontruimingen " + month + " (woningcorporaties)");
            sheet.createRow(1).createCell(0).setCellValue("Vertrouwelijk - alleen voor vroegsignalering");
            String[] header = {"Gemeente", "Partnertype", "Partner", "Soort", "Datum", "Postcode", "Huisnr", "Toev.", "BSN", "Geboortedatum"};
            Row headerRow = sheet.createRow(3);
            for (int i = 0; i < header.length; i++) headerRow.createCell(i).setCellValue(header[i]);
            int r = 4;
            for (PartnerEvent e : events) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.gemeentecode());
                row.createCell(1).setCellValue(e.partnertype().ddas);
                row.createCell(2).setCellValue(e.partner());
                row.createCell(3).setCellValue(e.gebeurtenis().name());
                dateCell(row, 4, e.datum(), dateStyle);
                row.createCell(5).setCellValue(e.postcode());
                row.createCell(6).setCellValue(e.huisnummer());
                if (e.huisnummertoevoeging() != null) row.createCell(7).setCellValue(e.huisnummertoevoeging());
                if (e.bsn() != null) row.createCell(8).setCellValue(e.bsn());
                if (e.geboortedatum() != null) dateCell(row, 9, e.geboortedatum(), dateStyle);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + file + " niet schrijven", e);
        }
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(date); // POI 5: a real Excel date, independent of the time zone
        cell.setCellStyle(style);
    }
}
