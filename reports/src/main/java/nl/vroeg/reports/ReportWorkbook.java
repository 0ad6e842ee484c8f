package nl.vroeg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xlsx report in the house style: a cover sheet with the contents, then one table per sheet (a title row, the
 * header row frozen, figures as real numbers). A hidden figure is the text "&lt;5", "x" or "–", right-aligned like
 * a number; reach on or above the target is coloured (and bold, for grey-scale print) by conditional formatting.
 */
final class ReportWorkbook implements AutoCloseable {

    /** A figure that is not shown: its symbol stands in the cell as right-aligned text. */
    record Hidden(String symbol) {
    }

    /** One table: its sheet name, title, header labels and rows; {@code reachColumn} is coloured against the target. */
    record Table(String sheet, String title, List<String> headers, List<List<Object>> rows, int reachColumn, int frozenColumns) {
        Table(String sheet, String title, List<String> headers, List<List<Object>> rows) {
            this(sheet, title, headers, rows, -1, 1);
        }
    }

    private static final int HEADER_ROW = 2;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title = style(14, true, false);
    private final CellStyle wrapped = wrappedStyle();
    private final CellStyle header = headerStyle();
    private final CellStyle count = numberStyle("#,##0");
    private final CellStyle decimal = numberStyle("0.0");
    private final CellStyle hidden = hiddenStyle();
    private final CellStyle link = linkStyle();
    private final Sheet cover;
    private final List<Table> tables = new ArrayList<>();

    ReportWorkbook() {
        cover = printable(workbook.createSheet("Inhoud"));
    }

    /** Count cell: a number, or "&lt;5" / "x" when hidden. */
    static Object count(Long value, boolean secundair) {
        return value == null ? new Hidden(DutchFormat.count(null, secundair)) : value;
    }

    /** Decimal cell (percentages, per 1,000, days): a number, or "–" when not shown. */
    static Object decimal(Double value) {
        return value == null ? new Hidden(DutchFormat.NOT_SHOWN) : value;
    }

    void add(Table table) {
        tables.add(table);
    }

    /**
     * Writes the cover (title, lines of text, the contents with links) and every table, then the file.
     *
     * @param target the reach target, for the conditional formatting
     */
    void save(Path xlsx, String heading, List<String> lines, double target) {
        int r = 0;
        cell(cover, r++, 0, heading).setCellStyle(title);
        r++;
        for (String line : lines) cell(cover, r++, 0, line).setCellStyle(wrapped);
        r++;
        cell(cover, r++, 0, "Inhoud").setCellStyle(header);
        for (Table t : tables) {
            Cell c = cell(cover, r++, 0, t.sheet() + ": " + t.title());
            Hyperlink h = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + t.sheet() + "'!A1");
            c.setHyperlink(h);
            c.setCellStyle(link);
        }
        cover.setColumnWidth(0, 110 * 256);
        for (Table t : tables) write(t, target);
        try {
            Files.createDirectories(xlsx.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + xlsx + " niet schrijven", e);
        }
    }

    private void write(Table t, double target) {
        Sheet sheet = printable(workbook.createSheet(t.sheet()));
        cell(sheet, 0, 0, t.title()).setCellStyle(title);
        int[] widths = new int[t.headers().size()];
        Row headerRow = row(sheet, HEADER_ROW);
        for (int c = 0; c < t.headers().size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(t.headers().get(c));
            cell.setCellStyle(header);
            widths[c] = longestWord(t.headers().get(c));
        }
        int r = HEADER_ROW + 1;
        for (List<Object> values : t.rows()) {
            Row row = row(sheet, r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                Cell cell = row.createCell(c);
                String shown;
                if (v instanceof Long n) {
                    cell.setCellValue(n);
                    cell.setCellStyle(count);
                    shown = DutchFormat.count(n);
                } else if (v instanceof Integer n) {
                    cell.setCellValue(n);
                    cell.setCellStyle(count);
                    shown = String.valueOf(n);
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(decimal);
                    shown = DutchFormat.decimal(d);
                } else if (v instanceof Hidden h) {
                    cell.setCellValue(h.symbol());
                    cell.setCellStyle(hidden);
                    shown = h.symbol();
                } else {
                    shown = v == null ? "" : v.toString();
                    cell.setCellValue(shown);
                }
                if (c < widths.length) widths[c] = Math.max(widths[c], shown.length());
            }
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 3) * 256);
        sheet.createFreezePane(t.frozenColumns(), HEADER_ROW + 1);
        if (t.reachColumn() >= 0 && !t.rows().isEmpty()) onTarget(sheet, t.reachColumn(), HEADER_ROW + 1, r - 1, target);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, t.headers().size() - 1));
    }

    /** Colours a reach cell on or above the target; hidden cells are text and never coloured. */
    private static void onTarget(Sheet sheet, int col, int firstRow, int lastRow, double target) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String first = new CellReference(firstRow, col, false, false).formatAsString();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + first + ")," + first + ">=" + target + ")");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontStyle(false, true);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, col, col)}, rule);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) longest = Math.max(longest, word.length());
        return longest;
    }

    /** Prints landscape, one page wide. */
    private static Sheet printable(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static Cell cell(Sheet sheet, int rowIndex, int col, String value) {
        Cell cell = row(sheet, rowIndex).createCell(col);
        cell.setCellValue(value);
        return cell;
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private CellStyle style(int points, boolean bold, boolean underline) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
        }
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private CellStyle wrappedStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle headerStyle() {
        CellStyle style = style(10, true, false);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.BOTTOM);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private CellStyle linkStyle() {
        return style(11, false, true);
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle hiddenStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }
}
