package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of test data made once and shared by the test JVMs of one Maven run (Surefire's forks, and the modules
 * after the one that made it): the parent pom gives them the run's start time as {@code vroeg.test.run}; the first
 * JVM to ask makes the folder under the reactor's {@code target/} while holding a file lock, the others wait for it
 * and then use it (they only read it).
 * Folders of earlier runs are removed then. Without that property (a test started from an IDE) each JVM makes a
 * temporary folder of its own.
 */
public final class SharedTestFolder {

    private static final String READY = ".klaar";

    private SharedTestFolder() {
    }

    /** The folder {@code name}, made by {@code make} (given the empty folder) unless this run made it already. */
    public static synchronized Path get(String name, Consumer<Path> make) {
        String run = System.getProperty("vroeg.test.run", "");
        try {
            if (run.isBlank()) {
                Path dir = Files.createTempDirectory(name);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
                make.accept(dir);
                return dir;
            }
            Path root = Files.createDirectories(root());
            Path dir = root.resolve(name + "-" + run);
            try (FileChannel channel = FileChannel.open(root.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.exists(dir.resolve(READY))) {
                    try (Stream<Path> earlier = Files.list(root)) {
                        earlier.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(name + "-")).forEach(SharedTestFolder::deleteRecursively);
                    }
                    Files.createDirectories(dir);
                    make.accept(dir);
                    Files.createFile(dir.resolve(READY));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reactor's {@code target/gedeelde-testdata} ({@code vroeg.test.gedeeld}, from the parent pom), so that a
     * later module reuses what an earlier one made (cli the transformed lake of transform); a module's own
     * {@code target/} when run without it.
     */
    private static Path root() {
        String shared = System.getProperty("vroeg.test.gedeeld", "");
        return (shared.isBlank() || shared.contains("${") ? Path.of("target", "gedeelde-testdata") : Path.of(shared)).toAbsolutePath();
    }

    /** Deletes a folder and everything in it, as far as it can (test data in temporary folders). */
    public static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans up what is left
        }
    }
}
