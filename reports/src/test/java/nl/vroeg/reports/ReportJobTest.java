package nl.vroeg.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.PublishedFixture;
import nl.vroeg.lake.SparkTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class ReportJobTest {

    @Test
    void writesAReportPerMunicipalityAndTheNationalOverviewWithTheirCharts(SparkSession spark, @TempDir Path dir) throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        PublishedFixture.write(spark, lake);

        List<Path> written = new ReportJob(spark, lake, line -> { }).run(dir.resolve("rapporten"), null);

        assertEquals(List.of("landelijk-overzicht-2025-03.xlsx", "landelijk-overzicht-2025-03-bereik.png",
                        "maandrapportage-GM0307-2025-03.xlsx", "maandrapportage-GM0307-2025-03-bereik.png",
                        "maandrapportage-GM0518-2025-03.xlsx", "maandrapportage-GM0518-2025-03-bereik.png"),
                written.stream().map(p -> p.getFileName().toString()).toList());

        try (InputStream in = Files.newInputStream(dir.resolve("rapporten/maandrapportage-GM0518-2025-03.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Maandrapportage");
            DataFormatter text = new DataFormatter();
            assertEquals("Maandrapportage vroegsignalering schulden — 's-Gravenhage", text.formatCellValue(sheet.getRow(0).getCell(0)));
            assertTrue(text.formatCellValue(sheet.getRow(1).getCell(0)).startsWith("Peilmaand maart 2025 (voorlopig). Bereik 42,0%"));
            // March: 630 of 1,500 cases reached = 42%, a number cell the user can compute with
            assertEquals("maart 2025", text.formatCellValue(sheet.getRow(7).getCell(0)));
            assertEquals(CellType.NUMERIC, sheet.getRow(7).getCell(7).getCellType());
            assertEquals(42.0, sheet.getRow(7).getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(2.0, sheet.getRow(7).getCell(8).getNumericCellValue(), 1e-9);
            List<XSSFPicture> pictures = ((XSSFDrawing) sheet.getDrawingPatriarch()).getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertEquals(1, pictures.size());
            assertTrue(wb.getSheet("Toelichting") != null);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("rapporten/maandrapportage-GM0307-2025-03.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Maandrapportage");
            DataFormatter text = new DataFormatter();
            assertEquals("<5", text.formatCellValue(sheet.getRow(7).getCell(6)), "1 to 4 reached cases are not shown");
            assertEquals("–", text.formatCellValue(sheet.getRow(7).getCell(7)), "no reach % over fewer than 10 cases");
        }
        BufferedImage chart = ImageIO.read(dir.resolve("rapporten/grafieken/maandrapportage-GM0518-2025-03-bereik.png").toFile());
        assertEquals(ReachChart.WIDTH, chart.getWidth());
    }
}
