package nl.vroeg.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    /** A child that touches 200 MB of heap, prints two lines and exits with 3. */
    public static final class Allocate {
        public static void main(String[] args) {
            byte[] block = new byte[200 * 1024 * 1024];
            for (int i = 0; i < block.length; i += 4096) block[i] = 1;
            System.out.println("allocated " + block.length);
            System.err.println("done");
            try {
                Thread.sleep(500); // the /proc sampler looks every 100 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(3);
        }
    }

    @TempDir
    Path dir;

    @Test
    void measuresWithGnuTime() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(ChildProcess.GNU_TIME), "no /usr/bin/time here");
        measuresPeakMemoryExitCodeAndOutputOfTheChild(true);
    }

    @Test
    void measuresBySamplingProc() throws Exception {
        measuresPeakMemoryExitCodeAndOutputOfTheChild(false);
    }

    private void measuresPeakMemoryExitCodeAndOutputOfTheChild(boolean gnuTime) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx400m",
                "-cp", System.getProperty("java.class.path"), Allocate.class.getName());

        ChildProcess.Run run = ChildProcess.run(command, Map.of(), dir.resolve("child.log"), gnuTime);

        assertEquals(3, run.exitCode());
        assertTrue(run.peakRssKb() >= 200 * 1024, "peak RSS " + run.peakRssKb() + " kB");
        assertTrue(run.cpuSeconds() > 0);
        assertEquals(List.of("allocated 209715200", "done"), run.lines().stream().sorted().toList());
        assertTrue(Files.readString(run.log()).contains("] allocated 209715200"));
    }
}
