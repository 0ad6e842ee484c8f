package nl.vroeg.transform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL model: the table (or view) it builds and its one select. Its layer is its folder under {@code sql/}:
 * {@code staging} (views over bronze), {@code silver} or {@code gold} (Delta tables, or views when the header says
 * {@code -- materialized: view}). Header lines say how an incremental run builds it:
 * <ul>
 * <li>{@code -- merge on: a, b}: a current-state table, written with MERGE on that key;</li>
 * <li>{@code -- incremental}: in an incremental run the model gives only the rows of new files (and rows with
 * {@code _vervallen} true for rows to delete), merged without touching the others;</li>
 * <li>{@code -- incremental by month: zaken, signalen}: in an incremental run only the months that new data can
 * change are recomputed and replaced: those of the pairs of {@code sql/te_herbouwen_maanden.sql} whose change
 * ({@code wijziging}) is one of the kinds listed. Every gold model says this: it is how gold is built. There the
 * parameters {@code ${herbouwde_maanden}} (a list of date literals) and {@code ${eerste_herbouwde_maand}} name those
 * months, so that filters on them skip the other months' folders.</li>
 * <li>{@code -- partitioned by: maand}: the table has a folder per value (a model built by month always has one
 * per month), so a query on some months reads only theirs.</li>
 * </ul>
 * Lines between {@code -- if incremental} and {@code -- end if} are part of the SQL only in an incremental run
 * (dbt's {@code is_incremental()}); there a model may read its own table (the state before the run).
 */
public record Model(String layer, String table, String sql) {

    /** A parameter that lists a model's rows as literals ({@link NewFiles}): a model using it reads that model. */
    private static final Map<String, String> READ_THROUGH_PARAMETER = Map.of("${nieuwe_bestanden}", "staging.nieuwe_bestanden");
    private static final Pattern REFERENCE = Pattern.compile("\\b(bronze|staging|silver|gold)\\.[a-z_]+\\b|"
            + String.join("|", READ_THROUGH_PARAMETER.keySet().stream().map(Pattern::quote).toList()));
    private static final Pattern MERGE_KEY = Pattern.compile("(?m)^-- merge on: (.+)$");
    private static final Pattern BY_MONTH = Pattern.compile("(?m)^-- incremental by month: (.+)$");
    private static final Pattern PARTITIONED_BY = Pattern.compile("(?m)^-- partitioned by: (.+)$");
    /** The kinds of change sql/te_herbouwen_maanden.sql gives months for (its column wijziging). */
    static final Set<String> CHANGES = Set.of("signalen", "zaken", "gebeurtenissen", "afloop", "voorlopig");
    private static final Pattern INCREMENTAL_BLOCK = Pattern.compile("(?ms)^-- if incremental$.*?^-- end if$");

    /** How a table is built in an incremental run. */
    enum Incremental {
        /** rebuilt whole, when one of its bronze inputs has rows of new files */
        WHOLE,
        /** new and changed rows merged on the key */
        NEW_ROWS,
        /** the months new data can change replaced */
        BY_MONTH
    }

    public String name() {
        return layer + "." + table;
    }

    /** The tables and views the model reads ({@code layer.table}), comments ignored, in order of appearance. */
    public Set<String> references() {
        Set<String> references = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(sql.replaceAll("--[^\n]*", ""));
        while (reference.find()) {
            String read = READ_THROUGH_PARAMETER.getOrDefault(reference.group(), reference.group());
            if (!read.equals(name())) references.add(read);
        }
        return references;
    }

    /**
     * The key of a current-state table (header line {@code -- merge on: a, b}), which is written with MERGE;
     * empty for a table that is replaced whole.
     */
    public List<String> mergeKey() {
        return headerList(MERGE_KEY);
    }

    /** The columns the table is partitioned by: {@code maand} for a model built by month, else its header's. */
    public List<String> partitionColumns() {
        List<String> columns = headerList(PARTITIONED_BY);
        if (!columns.isEmpty()) return columns;
        return incremental() == Incremental.BY_MONTH ? List.of("maand") : List.of();
    }

    /** A view (staging, or {@code -- materialized: view}): nothing written, read by the models after it. */
    public boolean isView() {
        return layer.equals("staging") || Pattern.compile("(?m)^-- materialized: view$").matcher(sql).find();
    }

    Incremental incremental() {
        if (BY_MONTH.matcher(sql).find()) return Incremental.BY_MONTH;
        if (layer.equals("gold")) throw new IllegalStateException(name() + ": a gold model says which changes rebuild its months (-- incremental by month: ...)");
        if (Pattern.compile("(?m)^-- incremental$").matcher(sql).find()) return Incremental.NEW_ROWS;
        return Incremental.WHOLE;
    }

    /**
     * The kinds of change whose months an incremental run recomputes (header {@code -- incremental by month: a, b});
     * empty for a model not built by month.
     */
    Set<String> rebuiltFor() {
        if (incremental() != Incremental.BY_MONTH) return Set.of(); // a gold model without the header fails here
        Set<String> result = new LinkedHashSet<>(headerList(BY_MONTH));
        if (!CHANGES.containsAll(result)) {
            throw new IllegalStateException(name() + ": -- incremental by month: lists " + result + "; the kinds of change are " + new TreeSet<>(CHANGES));
        }
        return result;
    }

    /** The comma-separated list of a header line ({@code -- merge on: a, b}); empty without the line. */
    private List<String> headerList(Pattern header) {
        Matcher line = header.matcher(sql);
        return line.find() ? List.of(line.group(1).strip().split("\\s*,\\s*")) : List.of();
    }

    /** The SQL of a full run (the incremental blocks left out) or of an incremental run. */
    String sql(boolean incremental) {
        return incremental ? sql : INCREMENTAL_BLOCK.matcher(sql).replaceAll("");
    }
}
