package nl.vroeg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroeg.lake.published.DutchFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xlsx report with the house styles: figures stay numbers (so users can compute with them); a suppressed
 * count is the text "&lt;5", a figure not shown is "–", both right-aligned like numbers.
 */
final class ReportWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title = style(16, true);
    private final CellStyle subtitle = style(11, false);
    private final CellStyle header = headerStyle();
    private final CellStyle count = numberStyle("#,##0");
    private final CellStyle decimal = numberStyle("0.0");
    private final CellStyle hidden = hiddenStyle();

    /** A sheet that prints landscape on one page width. */
    Sheet sheet(String name) {
        Sheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    void title(Sheet sheet, int rowIndex, String text) {
        text(sheet, rowIndex, 0, text).setCellStyle(title);
    }

    void subtitle(Sheet sheet, int rowIndex, String text) {
        text(sheet, rowIndex, 0, text).setCellStyle(subtitle);
    }

    void header(Sheet sheet, int rowIndex, List<String> labels) {
        Row row = row(sheet, rowIndex);
        for (int i = 0; i < labels.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(header);
        }
        row.setHeightInPoints(42);
    }

    Cell text(Sheet sheet, int rowIndex, int col, String value) {
        var cell = row(sheet, rowIndex).createCell(col);
        cell.setCellValue(value);
        return cell;
    }

    /** @param secondary a null value was hidden by secondary suppression ("x"), not because it is 1 to 4 ("<5") */
    void count(Sheet sheet, int rowIndex, int col, Long value, boolean secondary) {
        var cell = row(sheet, rowIndex).createCell(col);
        if (value == null) {
            cell.setCellValue(DutchFormat.count(null, secondary));
            cell.setCellStyle(hidden);
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(count);
        }
    }

    void decimal(Sheet sheet, int rowIndex, int col, Double value) {
        var cell = row(sheet, rowIndex).createCell(col);
        if (value == null) {
            cell.setCellValue(DutchFormat.NOT_SHOWN);
            cell.setCellStyle(hidden);
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(decimal);
        }
    }

    /** Places a PNG with its top-left corner at (col, row), spanning the given cells. */
    void picture(Sheet sheet, byte[] png, int col, int rowIndex, int cols, int rows) {
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(rowIndex);
        anchor.setCol2(col + cols);
        anchor.setRow2(rowIndex + rows);
        sheet.createDrawingPatriarch().createPicture(anchor, index);
    }

    void columnWidths(Sheet sheet, int... widthsInCharacters) {
        for (int i = 0; i < widthsInCharacters.length; i++) {
            sheet.setColumnWidth(i, widthsInCharacters[i] * 256);
        }
    }

    /** Adds the explanation sheet and writes the workbook, and its chart as a PNG beside it. */
    void save(Path xlsx, byte[] chart, Path png) {
        MonthTable.explanation(this);
        try {
            Files.createDirectories(xlsx.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private CellStyle style(int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private CellStyle headerStyle() {
        CellStyle style = style(10, true);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
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
