package nl.vroeg.lake;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.LocalConfigKeys;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system (checksums and all), without the processes it starts. Without Hadoop's native library
 * (not on Maven Central), {@link RawLocalFileSystem} runs {@code chmod} for every file it creates and
 * {@code readlink} for both sides of every rename through FileContext, which Delta's log store does twice per commit:
 * 650 processes of ~6 ms each in a national {@code vroeg maand}, more in the tests. Here the two operations are
 * done by java.nio, with the same outcome; anything unusual (a sticky bit, a symbolic link) still goes to Hadoop.
 * {@link VroegSpark} installs it for {@code file:} in both of Hadoop's file APIs.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

    public NioLocalFileSystem() {
        super(new Raw());
    }

    static final class Raw extends RawLocalFileSystem {

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            if (permission.getStickyBit()) {
                super.setPermission(p, permission);
                return;
            }
            String rwx = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL + permission.getOtherAction().SYMBOL;
            Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(rwx));
        }

        /** Hadoop's answer for a path that is not a symbolic link is its plain status; it asks readlink to find out. */
        @Override
        public FileStatus getFileLinkStatus(Path f) throws IOException {
            return Files.isSymbolicLink(pathToFile(f).toPath()) ? super.getFileLinkStatus(f) : getFileStatus(f);
        }
    }

    /**
     * The same for Hadoop's other file API (FileContext: Delta's log store writes each commit through it): as
     * Hadoop's {@code LocalFs}, checksums over the raw file system.
     */
    public static final class Fs extends ChecksumFs {

        public Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(new RawFs(uri, conf));
        }
    }

    /** As Hadoop's {@code RawLocalFs} (whose constructors fix its file system), over {@link Raw}. */
    static final class RawFs extends DelegateToFileSystem {

        RawFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new Raw(), conf, "file", false);
        }

        @Override
        public int getUriDefaultPort() {
            return -1; // no port
        }

        @Override
        public FsServerDefaults getServerDefaults(Path f) throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        @Deprecated
        public FsServerDefaults getServerDefaults() throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        public boolean isValidName(String src) {
            return true; // any local name
        }
    }
}
