package nl.vroeg.lake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer at a time. Every command that writes the lake (ingest, transform, purge, key rotation) holds this
 * lock for its whole run: {@code try (LakeLock lock = LakeLock.acquire(lake, "ingest")) { ... }}. A second writer
 * is refused at once with a Dutch message naming the holder; it does not wait. Readers ({@code sql}, report,
 * dashboard, publish) never lock: each Delta read is a consistent snapshot, whatever a writer is doing.
 *
 * <p>The lock is an OS file lock on {@code <lake>/_vroeg.lock}, which the OS releases when its process ends, also
 * on kill -9: a crash never leaves the lake locked. The file holds the holder's pid, command and start time, for
 * the message only. OS file locks are held per process; a second job in the same process is refused as well.
 */
public final class LakeLock implements AutoCloseable {

    public static final String FILE = "_vroeg.lock";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The lake is being written by another process (or another job of this one). */
    public static final class LakeInUseException extends IllegalStateException {
        LakeInUseException(String message) {
            super(message);
        }
    }

    /**
     * The lock files this process holds, with their holder text. A second job of this process is refused here,
     * before it opens the file: closing any descriptor of a file drops the process's locks on it (POSIX).
     */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;

    private LakeLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the lake's write lock for {@code command} (as in {@code vroeg <command>}), or throws
     * {@link LakeInUseException}. Once held, table folders a crashed writer left without a commit are removed
     * ({@link Lake#removeUncommittedTables}), so the writer starts from committed tables only.
     */
    public static LakeLock acquire(Lake lake, String command) {
        Path file = lake.root().resolve(FILE);
        String holder = "pid=" + ProcessHandle.current().pid() + "\ncommando=vroeg " + command
                + "\nsinds=" + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(TIME) + "\n";
        String heldBy = HELD_HERE.putIfAbsent(file, holder);
        if (heldBy != null) throw new LakeInUseException(inUseMessage(heldBy));
        FileChannel channel = null;
        try {
            Files.createDirectories(lake.root());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new LakeInUseException(inUseMessage(Files.readString(file, StandardCharsets.UTF_8)));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            lake.removeUncommittedTables();
            return new LakeLock(file, channel);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            if (channel != null) {
                try {
                    channel.close(); // also releases a lock taken before the failure
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw (RuntimeException) e;
        }
    }

    /** "het lake is in gebruik door proces 4711 (vroeg ingest) sinds 2025-06-01 10:00:00; ...", from the holder text. */
    private static String inUseMessage(String holderText) {
        Properties holder = new Properties();
        try {
            holder.load(new StringReader(holderText));
        } catch (IOException | IllegalArgumentException unreadable) {
            holder.clear();
        }
        String pid = holder.getProperty("pid");
        String who = pid == null ? "een ander proces"
                : "proces " + pid + " (" + holder.getProperty("commando", "vroeg") + ") sinds " + holder.getProperty("sinds", "?");
        return "het lake is in gebruik door " + who + "; probeer het later opnieuw";
    }

    /** Releases the lock; the file stays (deleting it would race with the next writer opening it). */
    @Override
    public void close() {
        try (channel) { // closing releases the lock
            channel.truncate(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
