package nl.vroeg.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one command as a child process and measures it: wall time, peak resident set size and CPU seconds of the
 * child, and the machine's load average before and after. Peak RSS and CPU come from {@code /usr/bin/time} (the
 * kernel's rusage of the finished child: exact) when it is installed, else from sampling the child's
 * {@code /proc/<pid>/status} (VmHWM) and {@code /proc/<pid>/stat} (utime + stime) every 100 ms. The child's
 * output (stdout and stderr together) goes to a log file, each line stamped with the seconds since the start.
 */
final class ChildProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final double CLOCK_TICKS_PER_SECOND = 100.0; // USER_HZ: 100 on every Linux architecture we run on

    private ChildProcess() {
    }

    /** A measured run. {@code lines}: the child's output lines, with {@code lineTimes} the seconds at which each came. */
    record Run(int exitCode, double wallSeconds, long peakRssKb, double cpuSeconds, double loadBefore, double loadAfter,
               List<String> lines, List<Double> lineTimes, Path log) {

        /** Seconds until the child printed its first line (for a Spark command: roughly its start-up). */
        Double firstOutputSeconds() {
            return lineTimes.isEmpty() ? null : lineTimes.get(0);
        }
    }

    static Run run(List<String> command, Map<String, String> environment, Path log) {
        return run(command, environment, log, Files.isExecutable(GNU_TIME));
    }

    static Run run(List<String> command, Map<String, String> environment, Path log, boolean gnuTime) {
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        List<String> full = new ArrayList<>();
        if (gnuTime) full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S", "-o", timeFile.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(environment);
        double loadBefore = LoadAverage.oneMinute();
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        List<Double> lineTimes = new ArrayList<>();
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = builder.start();
            ProcSampler sampler = gnuTime ? null : ProcSampler.start(process.pid());
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                writer.println("$ " + String.join(" ", command));
                writer.printf(Locale.ROOT, "# load before: %.2f%n", loadBefore);
                String line;
                while ((line = out.readLine()) != null) {
                    double at = (System.nanoTime() - start) / 1e9;
                    lines.add(line);
                    lineTimes.add(at);
                    writer.printf("[%7.1f s] %s%n", at, line);
                    writer.flush(); // so that the log can be followed while the stage runs
                }
            }
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            double loadAfter = LoadAverage.oneMinute();
            Files.writeString(log, String.format(Locale.ROOT, "# exit %d after %.1f s, load after: %.2f%n", exit, wall, loadAfter),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            if (gnuTime) {
                TimeReport report = TimeReport.read(timeFile);
                return new Run(exit, wall, report.maxRssKb(), report.cpuSeconds(), loadBefore, loadAfter, lines, lineTimes, log);
            }
            sampler.stop();
            return new Run(exit, wall, sampler.peakRssKb(), sampler.cpuSeconds(), loadBefore, loadAfter, lines, lineTimes, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** GNU time's {@code -f "%e %M %U %S"} line: its last line (a killed child adds a line before it). */
    record TimeReport(long maxRssKb, double cpuSeconds) {
        static TimeReport read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] fields = lines.get(lines.size() - 1).strip().split("\\s+");
            return new TimeReport(Long.parseLong(fields[1]), Double.parseDouble(fields[2]) + Double.parseDouble(fields[3]));
        }
    }

    /** Samples a running process's /proc entries; the last sample before it exits is what we keep. */
    static final class ProcSampler {
        private final long pid;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakRssKb;
        private volatile double cpuSeconds;

        private ProcSampler(long pid) {
            this.pid = pid;
            this.thread = new Thread(this::loop, "proc-sampler-" + pid);
            this.thread.setDaemon(true);
        }

        static ProcSampler start(long pid) {
            ProcSampler sampler = new ProcSampler(pid);
            sampler.thread.start();
            return sampler;
        }

        private void loop() {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmHWM:")) peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                }
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // fields after the command name in parentheses; utime and stime are fields 14 and 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpuSeconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
            } catch (IOException | RuntimeException e) {
                // the process has exited (or was not there yet): keep the last sample
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        long peakRssKb() {
            return peakRssKb;
        }

        double cpuSeconds() {
            return cpuSeconds;
        }
    }
}
