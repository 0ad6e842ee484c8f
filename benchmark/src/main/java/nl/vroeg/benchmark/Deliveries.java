package nl.vroeg.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generated deliveries of a benchmark, split into the history (every month but the last, and the municipal
 * policy) and the new month (the last month's files), with what the generator said it wrote: DDAS signal and case
 * records per month, read back from its log ({@code generate.log} beside the files).
 */
record Deliveries(Path dir, YearMonth newMonth, List<Path> history, List<Path> newMonthFiles,
                  TreeMap<YearMonth, Long> signalsPerMonth, TreeMap<YearMonth, Long> casesPerMonth) {

    static final String GENERATOR_LOG = "generate.log";
    private static final Pattern MONTH_IN_NAME = Pattern.compile("(?<!\\d)(\\d{4}-(0[1-9]|1[0-2]))(?!\\d)");
    private static final Pattern DDAS_WRITTEN =
            Pattern.compile("Geschreven: ddas-\\S*?(\\d{4}-\\d{2})\\.json \\(\\d+ leveringen, (\\d+) vroegsignalen, (\\d+) zaken\\)");

    /** Reads a folder the generator wrote; {@code lastMonth} is the month that is ingested as the new one. */
    static Deliveries read(Path dir, YearMonth lastMonth) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(GENERATOR_LOG))
                    .sorted().toList();
            List<Path> newMonth = all.stream().filter(f -> lastMonth.equals(month(f))).toList();
            List<Path> history = all.stream().filter(f -> !newMonth.contains(f)).toList();
            TreeMap<YearMonth, Long> signals = new TreeMap<>();
            TreeMap<YearMonth, Long> cases = new TreeMap<>();
            for (String line : Files.readAllLines(dir.resolve(GENERATOR_LOG), StandardCharsets.UTF_8)) {
                Matcher m = DDAS_WRITTEN.matcher(line);
                if (m.find()) {
                    YearMonth month = YearMonth.parse(m.group(1));
                    signals.merge(month, Long.parseLong(m.group(2)), Long::sum);
                    cases.merge(month, Long.parseLong(m.group(3)), Long::sum);
                }
            }
            if (newMonth.isEmpty() || signals.isEmpty()) {
                throw new IllegalStateException(dir + " holds no generated deliveries for " + lastMonth);
            }
            return new Deliveries(dir, lastMonth, history, newMonth, signals, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static YearMonth month(Path file) {
        // the last year-month in the name: ddas-LEVERANCIER-2025-01.json, gebeurtenissen-energie-2025-01.csv
        Matcher m = MONTH_IN_NAME.matcher(file.getFileName().toString());
        YearMonth month = null;
        while (m.find()) month = YearMonth.parse(m.group(1));
        return month;
    }

    static List<Path> ddas(List<Path> files) {
        return files.stream().filter(f -> f.getFileName().toString().startsWith("ddas-")).toList();
    }

    /** DDAS signal and case records (all versions) of the history months. */
    long historyRecords() {
        return records(false);
    }

    /** DDAS signal and case records of the new month. */
    long newMonthRecords() {
        return records(true);
    }

    long allRecords() {
        return records(false) + records(true);
    }

    long signals() {
        return signalsPerMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    long cases() {
        return casesPerMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    private long records(boolean ofNewMonth) {
        long sum = 0;
        for (YearMonth month : signalsPerMonth.keySet()) {
            if (month.equals(newMonth) == ofNewMonth) sum += signalsPerMonth.get(month) + casesPerMonth.getOrDefault(month, 0L);
        }
        return sum;
    }

    static double megabytes(List<Path> files) {
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes / 1e6;
    }
}
