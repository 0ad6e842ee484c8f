package nl.vroeg.lake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.PathHandle;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system as the researchers' SQL session sees it: reads only below the lake, no writes at all.
 * It is the second wall of {@code vroeg sql} (the first is the statement allow-list): a statement the
 * allow-list missed still cannot commit to a Delta table, write a file, or read a file outside the lake
 * (the key file, a raw delivery, {@code /etc/shadow}). A session gets it through {@link #settings(Path)},
 * as Hadoop settings of that session only; other sessions of the JVM keep the normal file system.
 */
public final class SandboxFileSystem extends LocalFileSystem {

    /** The Hadoop setting that names the one folder whose files may be read. */
    public static final String LAKE_SETTING = "vroeg.sandbox.lake";

    /** Schemes other than {@code file} that a path could name; each is refused outright. */
    private static final Set<String> OTHER_SCHEMES = Set.of("hdfs", "webhdfs", "swebhdfs", "http", "https", "ftp",
            "sftp", "har", "viewfs", "s3", "s3a", "s3n", "abfs", "abfss", "wasb", "wasbs", "gs", "oss", "jar", "o3fs", "ofs");

    public SandboxFileSystem() {
        super(new Raw());
    }

    /**
     * The Hadoop settings (set them as a session's SQL settings: Spark copies those into every Hadoop
     * configuration it makes for the session) that put {@code file:} behind this guard and refuse every other
     * scheme. The file-system cache is off for these schemes, else Hadoop would hand out the unguarded
     * instance it made earlier for the same scheme.
     */
    public static Map<String, String> settings(Path lakeRoot) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(LAKE_SETTING, lakeRoot.toAbsolutePath().normalize().toString());
        settings.put("fs.file.impl", SandboxFileSystem.class.getName());
        settings.put("fs.file.impl.disable.cache", "true");
        settings.put("fs.AbstractFileSystem.file.impl", SandboxFs.class.getName());
        for (String scheme : otherSchemes()) {
            settings.put("fs." + scheme + ".impl", Refused.class.getName());
            settings.put("fs." + scheme + ".impl.disable.cache", "true");
            settings.put("fs.AbstractFileSystem." + scheme + ".impl", SandboxFs.class.getName()); // refuses non-file URIs
        }
        return settings;
    }

    /** The known list plus every scheme a file system on the class path registers. */
    static Set<String> otherSchemes() {
        Set<String> schemes = new TreeSet<>(OTHER_SCHEMES);
        for (var provider : ServiceLoader.load(FileSystem.class).stream().toList()) {
            try {
                schemes.add(provider.get().getScheme());
            } catch (RuntimeException | java.util.ServiceConfigurationError noScheme) {
                // a file system that cannot say its scheme cannot be looked up by one either
            }
        }
        schemes.remove("file");
        return schemes;
    }

    /** Any other scheme: refused when Spark asks for it. */
    public static final class Refused extends RawLocalFileSystem {
        @Override
        public void initialize(URI uri, Configuration conf) throws IOException {
            throw new AccessDeniedException(uri.toString(), null, "vroeg sql leest alleen het lake; schema " + uri.getScheme() + " geweigerd");
        }
    }

    /** The raw local file system with the guard; the checksum layer above it goes through here too. */
    static final class Raw extends RawLocalFileSystem {

        private Path lake;

        @Override
        public void initialize(URI uri, Configuration conf) throws IOException {
            super.initialize(uri, conf);
            String root = conf.get(LAKE_SETTING);
            if (root == null) throw new AccessDeniedException("file:", null, "geen lake ingesteld voor de alleen-lezen sessie");
            lake = real(Path.of(root));
        }

        /** Every operation maps its path through here: nothing outside the lake, symbolic links followed. */
        @Override
        public File pathToFile(org.apache.hadoop.fs.Path path) {
            File file = super.pathToFile(path);
            Path target = real(file.toPath());
            if (!target.startsWith(lake)) {
                throw new UncheckedIOException(new AccessDeniedException(file.toString(), null,
                        "vroeg sql leest alleen bestanden in het lake"));
            }
            return file;
        }

        private static Path real(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            try {
                return Files.exists(absolute) ? absolute.toRealPath() : absolute;
            } catch (IOException e) {
                return absolute;
            }
        }

        private static IOException refused(Object path) {
            return new AccessDeniedException(String.valueOf(path), null, "vroeg sql is alleen-lezen: schrijven geweigerd");
        }

        @Override
        public FSDataInputStream open(PathHandle handle, int bufferSize) throws IOException {
            throw new AccessDeniedException(String.valueOf(handle), null, "vroeg sql opent bestanden alleen via hun pad");
        }

        @Override
        public FSDataOutputStream append(org.apache.hadoop.fs.Path f, int bufferSize, Progressable progress) throws IOException {
            throw refused(f);
        }

        @Override
        public FSDataOutputStream create(org.apache.hadoop.fs.Path f, boolean overwrite, int bufferSize, short replication,
                long blockSize, Progressable progress) throws IOException {
            throw refused(f);
        }

        @Override
        public FSDataOutputStream create(org.apache.hadoop.fs.Path f, FsPermission permission, boolean overwrite,
                int bufferSize, short replication, long blockSize, Progressable progress) throws IOException {
            throw refused(f);
        }

        @Override
        public FSDataOutputStream createNonRecursive(org.apache.hadoop.fs.Path f, FsPermission permission,
                EnumSet<CreateFlag> flags, int bufferSize, short replication, long blockSize, Progressable progress) throws IOException {
            throw refused(f);
        }

        @Override
        public FSDataOutputStream createNonRecursive(org.apache.hadoop.fs.Path f, FsPermission permission, boolean overwrite,
                int bufferSize, short replication, long blockSize, Progressable progress) throws IOException {
            throw refused(f);
        }

        @Override
        public void concat(org.apache.hadoop.fs.Path trg, org.apache.hadoop.fs.Path[] psrcs) throws IOException {
            throw refused(trg);
        }

        @Override
        public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
            throw refused(dst);
        }

        @Override
        public boolean truncate(org.apache.hadoop.fs.Path f, long newLength) throws IOException {
            throw refused(f);
        }

        @Override
        public boolean delete(org.apache.hadoop.fs.Path p, boolean recursive) throws IOException {
            throw refused(p);
        }

        @Override
        public boolean mkdirs(org.apache.hadoop.fs.Path f) throws IOException {
            throw refused(f);
        }

        @Override
        public boolean mkdirs(org.apache.hadoop.fs.Path f, FsPermission permission) throws IOException {
            throw refused(f);
        }

        @Override
        public void moveFromLocalFile(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
            throw refused(dst);
        }

        @Override
        public org.apache.hadoop.fs.Path startLocalOutput(org.apache.hadoop.fs.Path fsOutputFile, org.apache.hadoop.fs.Path tmpLocalFile) throws IOException {
            throw refused(fsOutputFile);
        }

        @Override
        public void completeLocalOutput(org.apache.hadoop.fs.Path fsWorkingFile, org.apache.hadoop.fs.Path tmpLocalFile) throws IOException {
            throw refused(fsWorkingFile);
        }

        @Override
        public void setOwner(org.apache.hadoop.fs.Path p, String username, String groupname) throws IOException {
            throw refused(p);
        }

        @Override
        public void setPermission(org.apache.hadoop.fs.Path p, FsPermission permission) throws IOException {
            throw refused(p);
        }

        @Override
        public void setTimes(org.apache.hadoop.fs.Path p, long mtime, long atime) throws IOException {
            throw refused(p);
        }

        @Override
        public void createSymlink(org.apache.hadoop.fs.Path target, org.apache.hadoop.fs.Path link, boolean createParent) throws IOException {
            throw refused(link);
        }
    }
}
