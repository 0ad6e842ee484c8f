package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every generated demo file, and the official examples, validate against the official DDAS v0.9 schema. */
class SchemaConformanceTest {

    @TempDir
    static Path dir;
    static List<Path> files;
    static JsonSchema schema;

    @BeforeAll
    static void generateAndLoadSchema() throws IOException {
        files = new SampleDataGenerator(GeneratorSettings.demo()).writeDeliveries(dir.resolve("demo"), message -> { });
        files = Stream.concat(files.stream(), SampleDataGenerator.writeOfficialExamples(dir.resolve("voorbeelden")).stream()).toList();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/ddas/json_schema_Uitwisselmodel.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileValidates() {
        assertEquals(2 * 6 + 2, files.size(), "two suppliers x six months, plus the two official examples");
        ObjectMapper json = new ObjectMapper();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Set<ValidationMessage> errors = schema.validate(json.readTree(file.toFile()));
            assertEquals(Set.of(), errors, file + " breaks the schema");
        }));
    }

    @TestFactory
    Stream<DynamicTest> validatorRejectsBrokenDeliveries() {
        ObjectMapper json = new ObjectMapper();
        return Stream.of(
                "{\"startdatumLevering\":\"2025-01-01\",\"einddatumLevering\":\"2025-01-31\",\"codeGegevensleverancier\":\"X\"}",
                "{\"startdatumLevering\":\"2025-01-01\",\"einddatumLevering\":\"2025-01-31\",\"aanleverdatumEnTijd\":\"2025-02-05T10:30:00Z\","
                        + "\"codeGegevensleverancier\":\"X\",\"leveringen\":[{\"teller\":1,\"gemeentecode\":\"0307\","
                        + "\"aanleverende_organisatie\":{},\"vroegsignalen\":[{\"ID\":\"1\",\"client\":{},"
                        + "\"signaalpartner\":{\"type\":\"Telecom\"}}]}]}")
                .map(text -> DynamicTest.dynamicTest(text.substring(0, 40), () ->
                        assertFalse(schema.validate(json.readTree(text)).isEmpty(), "the schema check must not be vacuous")));
    }
}
