package nl.vroeg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Partner events as housing corporations send them (.xlsx): the first sheet or the one named Ontruimingen or
 * Gebeurtenissen, title rows above the header, Dutch column names. Read streaming with POI's SAX reader, one row
 * at a time, so a 200,000-row sheet needs little memory.
 */
final class PartnerEventXlsxReader {

    static final int HEADER_SEARCH_ROWS = 10;
    private static final Set<String> PREFERRED_SHEETS = Set.of("ontruimingen", "gebeurtenissen");

    private final String fileName;

    PartnerEventXlsxReader(String fileName) {
        this.fileName = fileName;
    }

    void read(Path file, PartnerEventChecker checker) {
        Rows rows = null;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            int sheet = chosenSheet(xssf);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetIterator();
            for (int i = 0; i < sheet; i++) sheets.next().close();
            try (InputStream sheetData = sheets.next()) {
                rows = new Rows(sheets.getSheetName(), checker);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(xssf.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg, false), rows, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheetData));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException e) {
            // What POI throws for a damaged or non-xlsx file, checked and unchecked alike; a bug of ours is none of these.
            String place = rows == null ? "" : " (blad '" + rows.sheetName + "', na rij " + rows.lastRow + ")";
            throw Rejection.of(fileName, "geen leesbaar Excel-bestand (.xlsx)" + place + ": " + e.getClass().getSimpleName());
        }
    }

    /** The index of the sheet named Ontruimingen or Gebeurtenissen, else 0 (the first). */
    private int chosenSheet(XSSFReader xssf) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetIterator();
        int index = 0;
        while (sheets.hasNext()) {
            sheets.next().close();
            if (PREFERRED_SHEETS.contains(sheets.getSheetName().strip().toLowerCase(Locale.ROOT))) return index;
            index++;
        }
        if (index == 0) throw Rejection.of(fileName, "het Excel-bestand bevat geen werkblad");
        return 0;
    }

    /** Collects each row's cells by column, finds the header row, and hands the rows after it to the checker. */
    private final class Rows implements SheetContentsHandler {

        private final String sheetName;
        private final PartnerEventChecker checker;
        private final List<String> cells = new ArrayList<>();
        private boolean headerFound;
        private long lastRow;
        private int nextColumn;

        Rows(String sheetName, PartnerEventChecker checker) {
            this.sheetName = sheetName;
            this.checker = checker;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
            lastRow = rowNum + 1L;
            if (!headerFound && lastRow > HEADER_SEARCH_ROWS) throw noHeader();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellAddress(reference).getColumn();
            while (cells.size() < column) cells.add(null);
            cells.add(value);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (headerFound) {
                checker.check(lastRow, cells);
                return;
            }
            List<EventColumn> header = EventColumn.mapHeader(cells);
            // Title rows ("Ontruimingen 2025") name none of the columns; the header names at least these two.
            if (!header.contains(EventColumn.GEBEURTENIS) || !header.contains(EventColumn.DATUM)) return;
            String missing = EventColumn.missingRequired(header);
            if (!missing.isEmpty()) {
                throw Rejection.of(fileName, "de kopregel (blad '" + sheetName + "', rij " + lastRow + ") mist de kolom(men) " + missing);
            }
            checker.header(header);
            headerFound = true;
        }

        @Override
        public void endSheet() {
            if (!headerFound) throw noHeader();
        }

        private FileRejectedException noHeader() {
            return Rejection.of(fileName, "geen kopregel gevonden in de eerste " + HEADER_SEARCH_ROWS + " rijen van blad '"
                    + sheetName + "' (verwacht kolommen als Gebeurtenis of Soort, Datum, Postcode, Huisnummer, Gemeente)");
        }
    }

    /**
     * Real Excel dates become ISO text ({@code 2025-02-03}) instead of the locale's display format, which would be
     * ambiguous; every other cell is formatted as Excel shows it.
     */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
