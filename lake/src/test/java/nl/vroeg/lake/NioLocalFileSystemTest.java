package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class NioLocalFileSystemTest {

    @TempDir
    Path dir;

    private static org.apache.hadoop.fs.Path hadoop(Path path) {
        return new org.apache.hadoop.fs.Path(path.toUri());
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void sparkUsesItForBothFileApisAndDeltaCommitsThroughIt(SparkSession spark) throws Exception {
        Configuration conf = spark.sessionState().newHadoopConf();
        assertInstanceOf(NioLocalFileSystem.class, FileSystem.get(dir.toUri(), conf));
        assertInstanceOf(NioLocalFileSystem.Fs.class, FileContext.getFileContext(dir.toUri(), conf).getDefaultFileSystem());

        String table = dir.resolve("t").toString();
        spark.range(3).write().format("delta").save(table);
        spark.range(3, 5).write().format("delta").mode("append").save(table);
        assertEquals(5, spark.read().format("delta").load(table).count());
        // Hadoop's default file mode (0666 less its umask 022), as its chmod gave
        assertEquals("rw-r--r--", mode(Path.of(table, "_delta_log", "00000000000000000001.json")));
        Set<String> parquetModes = new HashSet<>();
        try (var files = Files.list(Path.of(table))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".parquet")).toList()) parquetModes.add(mode(p));
        }
        assertEquals(Set.of("rw-r--r--"), parquetModes);
    }

    @Test
    void setsPermissionsAsChmodDoes() throws Exception {
        FileSystem fs = new NioLocalFileSystem();
        fs.initialize(dir.toUri(), new Configuration());
        Path file = Files.writeString(dir.resolve("f"), "x");
        fs.setPermission(hadoop(file), new FsPermission((short) 0600));
        assertEquals("rw-------", mode(file));
        fs.setPermission(hadoop(dir), new FsPermission((short) 0750));
        assertEquals("rwxr-x---", mode(dir));
        assertEquals(new FsPermission((short) 0600), fs.getFileStatus(hadoop(file)).getPermission());
    }

    @Test
    void linkStatusIsThePlainStatusExceptForSymbolicLinks() throws Exception {
        FileSystem fs = new NioLocalFileSystem();
        fs.initialize(dir.toUri(), new Configuration());
        Path file = Files.writeString(dir.resolve("f"), "abc");
        FileStatus plain = fs.getFileLinkStatus(hadoop(file));
        assertFalse(plain.isSymlink());
        assertEquals(3, plain.getLen());
        assertEquals(fs.getFileStatus(hadoop(file)).getPath(), plain.getPath());

        // a symbolic link: whatever Hadoop's own answer is
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);
        FileSystem hadoops = new RawLocalFileSystem();
        hadoops.initialize(dir.toUri(), new Configuration());
        FileStatus expected = hadoops.getFileLinkStatus(hadoop(link));
        FileStatus actual = fs.getFileLinkStatus(hadoop(link));
        assertEquals(expected.getPath(), actual.getPath());
        assertEquals(expected.isSymlink(), actual.isSymlink());

        assertThrows(FileNotFoundException.class, () -> fs.getFileLinkStatus(hadoop(dir.resolve("nothing"))));
    }

    /** Delta's log store commits by FileContext.rename without overwrite: an existing commit must not be replaced. */
    @Test
    void fileContextRenameRefusesAnExistingTargetAndMovesTheChecksum() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.AbstractFileSystem.file.impl", NioLocalFileSystem.Fs.class.getName());
        FileContext files = FileContext.getFileContext(dir.toUri(), conf);
        org.apache.hadoop.fs.Path temp = hadoop(dir.resolve(".1.json.tmp"));
        try (FSDataOutputStream out = files.create(temp, EnumSet.of(CreateFlag.CREATE))) {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("0.json"), "earlier");
        assertThrows(FileAlreadyExistsException.class, () -> files.rename(temp, hadoop(dir.resolve("0.json")), Options.Rename.NONE));
        assertEquals("earlier", Files.readString(dir.resolve("0.json")));

        files.rename(temp, hadoop(dir.resolve("1.json")), Options.Rename.NONE);
        assertEquals("{}", Files.readString(dir.resolve("1.json")));
        assertTrue(Files.exists(dir.resolve(".1.json.crc")));
        assertFalse(Files.exists(dir.resolve(".1.json.tmp")));
    }
}
