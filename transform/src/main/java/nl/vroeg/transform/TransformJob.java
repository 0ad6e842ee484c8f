package nl.vroeg.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.lake.Lake;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vroeg transform}: builds silver and gold from bronze by running the SQL models listed in
 * {@code sql/models.txt}, in that order. Each model is one select; its result replaces its table in one Delta
 * commit, so a reader sees the old or the new table, never half of one, and a re-run gives the same tables.
 */
public final class TransformJob {

    /** Parameters a model may use as {@code ${name}}, with their defaults (spec/indicators.md). */
    public static Map<String, String> defaultParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bereik_doel_pct", "40");
        p.put("kleinste_getoonde_telling", "5");
        p.put("kleinste_noemer_voor_percentage", "10");
        return p;
    }

    private static final Pattern REFERENCE = Pattern.compile("\\b(silver|gold)\\.([a-z_]+)\\b");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");

    /** A model: the table it builds and its SQL. */
    public record Model(String layer, String table, String sql) {
        String name() {
            return layer + "." + table;
        }
    }

    private final SparkSession spark;
    private final Lake lake;
    private final Map<String, String> parameters;
    private final Consumer<String> progress;

    public TransformJob(SparkSession spark, Lake lake, Map<String, String> parameters, Consumer<String> progress) {
        this.spark = spark;
        this.lake = lake;
        this.parameters = parameters;
        this.progress = progress;
    }

    public void run() {
        lake.register(spark);
        List<Model> models = models();
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            long start = System.nanoTime();
            spark.sql(substitute(model)).write().format("delta").mode("overwrite")
                    .option("overwriteSchema", "true")
                    .save(lake.location(model.layer(), model.table()).toString());
            lake.registerTable(spark, model.layer(), model.table(), null);
            progress.accept(String.format("[%d/%d] %s gebouwd (%.1f s)", i + 1, models.size(), model.name(),
                    (System.nanoTime() - start) / 1e9));
        }
    }

    /** The models in build order; a model may only read models listed before it. */
    public static List<Model> models() {
        List<Model> models = new ArrayList<>();
        for (String line : resourceLines("/sql/models.txt")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.strip().split("/");
            Model model = new Model(parts[0], parts[1].replace(".sql", ""), resourceText("/sql/" + line.strip()));
            List<String> built = models.stream().map(Model::name).toList();
            Matcher reference = REFERENCE.matcher(withoutComments(model.sql()));
            while (reference.find()) {
                if (!built.contains(reference.group()) ) {
                    throw new IllegalStateException(model.name() + " reads " + reference.group()
                            + ", which models.txt does not list before it");
                }
            }
            models.add(model);
        }
        return models;
    }

    private String substitute(Model model) {
        Matcher m = PARAMETER.matcher(model.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) throw new IllegalArgumentException(model.name() + " uses unknown parameter " + m.group());
            m.appendReplacement(sql, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sql).toString();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }

    private static List<String> resourceLines(String path) {
        return resourceText(path).lines().toList();
    }

    private static String resourceText(String path) {
        try (InputStream in = TransformJob.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing model resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
