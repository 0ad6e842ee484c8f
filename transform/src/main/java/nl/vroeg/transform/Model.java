package nl.vroeg.transform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL model: the table (or staging view) it builds and its one select. Its layer is its folder under
 * {@code sql/}: {@code staging} (a view over bronze, not persisted), {@code silver} or {@code gold} (Delta tables).
 */
public record Model(String layer, String table, String sql) {

    private static final Pattern REFERENCE = Pattern.compile("\\b(bronze|staging|silver|gold)\\.([a-z_]+)\\b");
    private static final Pattern MERGE_KEY = Pattern.compile("(?m)^-- merge on: (.+)$");

    public String name() {
        return layer + "." + table;
    }

    /** The tables and views the model reads ({@code layer.table}), comments ignored, in order of appearance. */
    public Set<String> references() {
        Set<String> references = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(sql.replaceAll("--[^\n]*", ""));
        while (reference.find()) {
            if (!reference.group().equals(name())) references.add(reference.group());
        }
        return references;
    }

    /**
     * The key of a current-state table (header line {@code -- merge on: a, b}), which is written with MERGE;
     * empty for a table that is replaced whole.
     */
    public List<String> mergeKey() {
        Matcher key = MERGE_KEY.matcher(sql);
        return key.find() ? List.of(key.group(1).strip().split("\\s*,\\s*")) : List.of();
    }
}
