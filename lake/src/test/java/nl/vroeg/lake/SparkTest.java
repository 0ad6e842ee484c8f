package nl.vroeg.lake;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one local SparkSession of the test JVM ({@code @ExtendWith(SparkTest.class)} and a
 * {@code SparkSession} parameter). Each test makes its own lake in a {@code @TempDir}.
 */
public class SparkTest implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return VroegSpark.session();
    }

    /**
     * The key file of a test folder, created (random, owner-only) on first use: a lake accepts only its own key,
     * so every ingest into one test lake must use the same one.
     */
    public static Pseudonymiser testKey(Path dir) {
        Path file = dir.resolve("sleutel.txt");
        if (!java.nio.file.Files.exists(file)) Pseudonymiser.createKeyFile(file);
        return Pseudonymiser.fromKeyFile(file);
    }
}
