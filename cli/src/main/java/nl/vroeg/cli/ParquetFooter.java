package nl.vroeg.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes a Parquet file's bytes depend on its data only. parquet-java lists each column chunk's encodings in the
 * order of a {@code HashSet} of enum constants, whose hash codes differ per JVM, so the same rows written by two
 * processes differ in a few footer bytes (apache/parquet-java#3215, open). This rewrites the footer with every
 * encoding list sorted; the data pages, and every offset into them, stay as they are.
 */
final class ParquetFooter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFooter() {
    }

    static void sortEncodings(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int start = bytes.length - 8 - length;
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
            for (RowGroup group : footer.getRow_groups()) {
                for (ColumnChunk column : group.getColumns()) {
                    ColumnMetaData meta = column.getMeta_data();
                    List<Encoding> encodings = new ArrayList<>(meta.getEncodings());
                    encodings.sort(Comparator.comparingInt(Encoding::getValue));
                    meta.setEncodings(encodings);
                }
            }
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
            Util.writeFileMetaData(footer, rewritten);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes, 0, start);
                rewritten.writeTo(out);
                out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rewritten.size()).array());
                out.write(MAGIC);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
