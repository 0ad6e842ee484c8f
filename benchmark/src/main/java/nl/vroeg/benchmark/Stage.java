package nl.vroeg.benchmark;

import java.util.Locale;

/**
 * One measured stage: a row of the benchmark table. {@code rows}: DDAS signal and case records the stage
 * processed (null where that means nothing); {@code ratio}: this stage's wall time over the DuckDB baseline's on
 * the same input (null where there is no counterpart). A sum of stages has no single load or exit code.
 */
record Stage(String label, double wallSeconds, Long peakRssKb, Double cpuSeconds, Long rows, Double ratio,
             Double loadBefore, Double loadAfter, Integer exitCode) {

    static Stage of(String label, ChildProcess.Run run, Long rows) {
        return new Stage(label, run.wallSeconds(), run.peakRssKb(), run.cpuSeconds(), rows, null,
                run.loadBefore(), run.loadAfter(), run.exitCode());
    }

    Stage withRatio(double baselineWallSeconds) {
        return new Stage(label, wallSeconds, peakRssKb, cpuSeconds, rows, wallSeconds / baselineWallSeconds,
                loadBefore, loadAfter, exitCode);
    }

    /** The sum of stages run one after the other: wall and CPU add up, peak RSS is the largest. */
    static Stage sum(String label, Stage... parts) {
        double wall = 0;
        double cpu = 0;
        long rss = 0;
        for (Stage part : parts) {
            wall += part.wallSeconds;
            cpu += part.cpuSeconds == null ? 0 : part.cpuSeconds;
            rss = Math.max(rss, part.peakRssKb == null ? 0 : part.peakRssKb);
        }
        return new Stage(label, wall, rss, cpu, null, null, null, null, null);
    }

    String markdownRow() {
        return "| " + String.join(" | ", label,
                String.format(Locale.ROOT, "%.1f s", wallSeconds),
                peakRssKb == null || peakRssKb == 0 ? "" : String.format(Locale.ROOT, "%.2f GB", peakRssKb / 1024.0 / 1024.0),
                cpuSeconds == null ? "" : String.format(Locale.ROOT, "%.1f", cpuSeconds),
                rows == null || rows == 0 ? "" : String.format(Locale.ROOT, "%,.0f", rows / wallSeconds),
                ratio == null ? "" : String.format(Locale.ROOT, "%.1f×", ratio),
                loadBefore == null ? "" : String.format(Locale.ROOT, "%.1f → %.1f", loadBefore, loadAfter),
                exitCode == null ? "" : exitCode.toString()) + " |";
    }

    static String markdownHeader() {
        return "| stage | wall | peak RSS | CPU s | rows/s | ratio to DuckDB | load (1 min) before → after | exit |\n"
                + "|---|---|---|---|---|---|---|---|";
    }
}
