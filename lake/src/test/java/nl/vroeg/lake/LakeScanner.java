package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Finds strings anywhere under a lake: in every Parquet file (decoded, so compression cannot hide a value, and
 * including files no longer in the current snapshot) and in every other file as text (Delta logs hold column
 * statistics).
 */
public final class LakeScanner {

    private LakeScanner() {
    }

    /** The "file: needle" pairs found; empty when none of the needles occurs. */
    public static List<String> find(SparkSession spark, Path root, List<String> needles) {
        return scan(spark, root, text -> needles.stream().filter(text::contains).toList());
    }

    /**
     * As {@link #find}, for many needles: each file is cut into {@link #tokens} and a token that equals a needle
     * is reported.
     */
    public static List<String> findTokens(SparkSession spark, Path root, Set<String> needles) {
        return scan(spark, root, text -> tokens(text).stream().filter(needles::contains).toList());
    }

    /** A text cut at white space and JSON punctuation. */
    public static List<String> tokens(String text) {
        return List.of(TOKEN_SEPARATORS.split(text));
    }

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\"{}\\[\\]:,|]+");

    /** Every file under root as text, with what {@code hits} finds in it. */
    private static List<String> scan(SparkSession spark, Path root, Function<String, List<String>> hits) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".parquet") ? decoded(spark, file) : Files.readString(file, StandardCharsets.ISO_8859_1);
                hits.apply(text).forEach(hit -> found.add(root.relativize(file) + ": " + hit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String decoded(SparkSession spark, Path parquet) {
        Dataset<Row> rows = spark.read().parquet(parquet.toString());
        return String.join("\n", rows.toJSON().collectAsList());
    }
}
