package nl.vroeg.dashboards;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Replaces the contents of serving tables inside the caller's transaction. Rows are deleted and copied in, not
 * truncated or swapped: DELETE and INSERT take no lock that blocks readers, and a reader's snapshot keeps seeing
 * the old rows until the transaction commits (TRUNCATE and DROP are not MVCC-safe: a reader with an older snapshot
 * would see an empty table). The table is only dropped and re-created when the lake's columns changed.
 */
final class ServingWriter {

    private static final int COPY_CHUNK_BYTES = 1 << 16;
    private static final String STAGING = "vroeg_publicatie_laden";

    private final Handle handle;

    ServingWriter(Handle handle) {
        this.handle = handle;
    }

    /** @return the number of rows now in the table */
    long replace(ServingTable table, Iterator<String> copyLines, String mapping) throws SQLException {
        ensureColumns(table);
        if (table.detail()) ServingRoles.rowLevelSecurity(table, mapping).forEach(handle::execute);
        table.commentStatements().forEach(handle::execute);
        ServingRoles.grants(table).forEach(handle::execute);
        handle.execute("delete from " + table.qualifiedName());
        long written;
        if (table.detail()) {
            // COPY FROM refuses a table under row-level security (also for its owner, once FORCEd): stage and insert.
            handle.execute("create temporary table " + STAGING + " (like " + table.qualifiedName() + ") on commit drop");
            copy(table.copyStatement(STAGING), copyLines);
            written = handle.execute("insert into " + table.qualifiedName() + " select * from " + STAGING);
            handle.execute("drop table " + STAGING);
        } else {
            written = copy(table.copyStatement(table.qualifiedName()), copyLines);
        }
        handle.execute("analyze " + table.qualifiedName());
        return written;
    }

    /** Creates the table, or re-creates it when its columns (names, types, order) differ from the lake's. */
    private void ensureColumns(ServingTable table) {
        List<String> existing = handle.createQuery("select a.attname || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a"
                        + " where a.attrelid = to_regclass(:t) and a.attnum > 0 and not a.attisdropped order by a.attnum")
                .bind("t", table.qualifiedName()).mapTo(String.class).list();
        if (existing.equals(table.columnSignature())) return;
        if (!existing.isEmpty()) handle.execute("drop table " + table.qualifiedName());
        handle.execute(table.createStatement());
    }

    /** Streams the lines through COPY (several times faster than batched inserts), in chunks of about 64 KB. */
    private long copy(String statement, Iterator<String> lines) throws SQLException {
        CopyIn copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(COPY_CHUNK_BYTES + 1024);
            while (lines.hasNext()) {
                chunk.writeBytes(lines.next().getBytes(StandardCharsets.UTF_8));
                if (chunk.size() >= COPY_CHUNK_BYTES) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }
}
