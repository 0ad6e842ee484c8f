package nl.vroeg.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SharedTestFolder;
import nl.vroeg.lake.SparkTest;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.reference.CbsReference;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test (Surefire runs *Test classes only): shows that a housing corporation's 200,000-row sheet ingests in a
 * small heap. Run with {@code java -Xmx512m <Spark JVM flags> -cp <test classpath> nl.vroeg.ingest.PartnerEventXlsxBenchmark}.
 * The generated file and lake live in a temporary folder that is deleted afterwards.
 */
public final class PartnerEventXlsxBenchmark {

    private static final int ROWS = 200_000;
    private static final List<String> GEMEENTEN = List.of("Utrecht", "GM0518", "0363", "Amersfoort", "GM0599");

    /**
     * No arguments: generate, then read alone and ingest whole, in a temporary folder. {@code genereer FILE} only
     * writes the sheet; {@code lees FILE} only reads and checks it, without Spark, to show the reader's own footprint.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("genereer")) {
            generate(Path.of(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("vroeg-benchmark");
        try {
            if (args.length == 2 && args[0].equals("lees")) {
                read(Path.of(args[1]), SparkTest.testKey(dir));
                return;
            }
            long start = System.nanoTime();
            Path file = generate(dir.resolve("ontruimingen.xlsx"));
            System.out.printf("gegenereerd: %,d rijen, %,d bytes in %.1f s%n", ROWS, Files.size(file), seconds(start));
            SparkSession spark = VroegSpark.session();
            Lake lake = new Lake(dir.resolve("lake"));
            var key = SparkTest.testKey(dir);
            new IngestJob(spark, lake, key, line -> { }).ingest(List.of()); // tables and reference: not measured

            read(file, key);

            HeapSampler heap = HeapSampler.start();
            start = System.nanoTime();
            var result = new IngestJob(spark, lake, key, System.out::println).ingest(List.of(file));
            System.out.printf("volledige ingest (lezen, Delta-schrijven, grootboek): %.1f s; %s%n", seconds(start), heap.report());
        } finally {
            SharedTestFolder.deleteRecursively(dir);
        }
        System.exit(0); // Spark's threads
    }

    private static void read(Path file, Pseudonymiser key) {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        // Staged on local disk, never committed: no Spark needed.
        Lake unused = new Lake(file.resolveSibling("ongebruikt-meer"));
        try (IngestBatch batch = new IngestBatch(null, unused, null, new IngestClock(null), "lezen", line -> { })) {
            var checker = new PartnerEventChecker(key, new MunicipalityLookup(CbsReference.shipped()),
                    new RowProgress(file.getFileName().toString(), System.out::println), batch,
                    batch.context(file, "lezen", key.keyId()));
            new PartnerEventXlsxReader(file.getFileName().toString()).read(file, checker);
            System.out.printf("alleen lezen + controleren: %,d geaccepteerd, %,d quarantaine in %.1f s; %s%n",
                    checker.accepted(), checker.quarantined(), seconds(start), heap.report());
        }
    }

    /** Title rows, Dutch headers, shared strings as Excel writes them; every 4th date as text, every 1000th row bad. */
    private static Path generate(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true)) {
            Sheet sheet = workbook.createSheet("Ontruimingen");
            sheet.createRow(0).createCell(0).setCellValue("Ontruimingen en aanzeggingen");
            sheet.createRow(1).createCell(0).setCellValue("Woningcorporatie Benchmark");
            Row header = sheet.createRow(2);
            String[] names = {"Soort", "Datum", "Gemeente", "Postcode", "Huisnr", "Toev.", "Partner", "BSN"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            LocalDate first = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 3);
                row.createCell(0).setCellValue(i % 1000 == 999 ? "ONBEKEND" : i % 3 == 0 ? "Ontruiming" : "Aanzegging ontruiming");
                LocalDate day = first.plusDays(i % 700);
                if (i % 4 == 0) {
                    row.createCell(1).setCellValue(String.format("%02d-%02d-%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
                } else {
                    row.createCell(1).setCellValue(day);
                    row.getCell(1).setCellStyle(date);
                }
                row.createCell(2).setCellValue(GEMEENTEN.get(i % GEMEENTEN.size()));
                row.createCell(3).setCellValue(String.format("%04d%c%c", 1000 + i % 9000, 'A' + i % 26, 'A' + (i / 26) % 26));
                row.createCell(4).setCellValue(1 + i % 250);
                if (i % 5 == 0) row.createCell(5).setCellValue("A");
                row.createCell(6).setCellValue("Woningcorporatie Benchmark");
                row.createCell(7).setCellValue(String.format("%09d", 100_000_000 + i));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Peak heap in use, sampled every 10 ms, and the old generation's peak (what survived collections). */
    private static final class HeapSampler {
        private final AtomicLong max = new AtomicLong();
        private Thread thread;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            Thread thread = new Thread(() -> {
                while (true) {
                    sampler.max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            sampler.thread = thread;
            return sampler;
        }

        String report() {
            thread.interrupt();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return String.format("piek heap in gebruik %d MB, piek oude generatie %d MB, na GC %d MB (max heap %d MB)",
                    max.get() >> 20, oldGen >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
