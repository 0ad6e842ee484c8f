package nl.vroeg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;

/**
 * Where an extract goes, all or nothing: written into a hidden folder beside the target
 * ({@code .<naam>.onvolledig-<id>}, readable by its owner only) and renamed to the target when complete, so a
 * target that exists is always a whole extract. A target with files in it is never overwritten.
 */
final class ExtractFolder implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private ExtractFolder(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * The target as an absolute path, refused (exit 2) inside the lake (symbolic links resolved), when it is a file,
     * or a folder with something in it.
     */
    static Path requireUsable(Path out, Lake lake) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) throw Vroeg.UserError.usage("--uit " + target + " kan niet: kies een map onder een andere map.");
        if (lake.contains(target)) {
            throw Vroeg.UserError.usage("--uit " + target + " ligt in het lake (" + lake.root() + "); een extract komt er altijd buiten.");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) throw Vroeg.UserError.usage("--uit " + target + " is een bestand; geef een map.");
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw Vroeg.UserError.usage("--uit " + target + " bevat al bestanden; een extract overschrijft niets: kies een nieuwe of lege map.");
        }
        return target;
    }

    /** Creates the temporary folder beside {@code target} (and the folders above it). */
    static ExtractFolder beside(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".onvolledig-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return new ExtractFolder(target, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder to write into until {@link #commit}. */
    Path dir() {
        return temporary;
    }

    /** Renames the complete extract to the target in one step; refuses when the target got files meanwhile. */
    void commit() {
        try {
            if (Files.isDirectory(target)) {
                if (!isEmpty(target)) throw Vroeg.UserError.usage("--uit " + target + " kreeg intussen bestanden; het extract is niet geschreven.");
                Files.delete(target);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) { // cannot happen beside the target (same file system)
                throw new IllegalStateException("Kan " + temporary + " niet in één stap hernoemen naar " + target, e);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary folder of an extract that did not complete. */
    @Override
    public void close() {
        if (!committed) delete(temporary);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
