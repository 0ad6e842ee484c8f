package nl.vroeg.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vroeg.lake.Table;

/**
 * One row of a table ingest writes, built by column name ({@code set("signaal_id", id)}) rather than by position,
 * so that a new column or a reordered schema cannot shift values into the wrong column. A name the table does not
 * have fails at once; a column left out is null (Delta refuses the write if it is a not-null column).
 */
final class TableRow {

    private final Table table;
    private final Map<String, Object> values = new LinkedHashMap<>();

    TableRow(Table table) {
        this.table = table;
    }

    Table table() {
        return table;
    }

    /**
     * @param value String, LocalDate, Instant, Boolean, Integer, Long, Double, a List of these or a Map (a struct
     *              by field name)
     */
    TableRow set(String column, Object value) {
        if (!Arrays.asList(table.schema().fieldNames()).contains(column)) {
            throw new IllegalArgumentException(table.qualifiedName() + " has no column " + column);
        }
        values.put(column, value);
        return this;
    }

    /** Where a bronze row comes from: the columns every bronze table ends with. */
    TableRow lineage(IngestContext ctx, Integer levering, String positie, long rij) {
        return set("_bron_bestand", ctx.bestand()).set("_bestand_sha256", ctx.sha256()).set("_levering", levering)
                .set("_positie", positie).set("_rij", rij).set("_run_id", ctx.runId()).set("_ingest_tijd", ctx.ingestTijd());
    }

    /** The file columns of quarantaine.records and ops.dq_resultaten. */
    TableRow file(IngestContext ctx) {
        return set("bestand", ctx.bestand()).set("bestand_sha256", ctx.sha256()).set("run_id", ctx.runId());
    }

    Map<String, Object> values() {
        return values;
    }
}
