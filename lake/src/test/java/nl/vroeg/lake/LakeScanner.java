package nl.vroeg.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".parquet") ? decoded(spark, file) : Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    if (text.contains(needle)) found.add(root.relativize(file) + ": " + needle);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * As {@link #find}, for many needles: each file is cut into tokens (at white space and JSON punctuation) and
     * a token that equals a needle is reported.
     */
    public static List<String> findTokens(SparkSession spark, Path root, Set<String> needles) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".parquet") ? decoded(spark, file) : Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String token : TOKEN_SEPARATORS.split(text)) {
                    if (needles.contains(token)) found.add(root.relativize(file) + ": " + token);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\"{}\\[\\]:,|]+");

    private static String decoded(SparkSession spark, Path parquet) {
        Dataset<Row> rows = spark.read().parquet(parquet.toString());
        return String.join("\n", rows.toJSON().collectAsList());
    }
}
