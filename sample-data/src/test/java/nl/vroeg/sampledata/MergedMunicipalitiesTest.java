package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a merger, deliveries use the old municipality codes (Voorne aan Zee: Brielle, Hellevoetsluis, Westvoorne). */
class MergedMunicipalitiesTest {

    @Test
    void monthsBeforeTheMergerAreDeliveredUnderTheOldCodesAndValidate(@TempDir Path dir) throws IOException {
        List<Path> files = new SampleDataGenerator(new GeneratorSettings(List.of("GM1992"), YearMonth.of(2022, 12),
                YearMonth.of(2023, 1), 11)).writeDeliveries(dir, line -> { });
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/ddas/json_schema_Uitwisselmodel.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        ObjectMapper json = new ObjectMapper();
        Set<String> december = new TreeSet<>();
        Set<String> january = new TreeSet<>();
        for (Path file : files) {
            JsonNode delivery = json.readTree(file.toFile());
            assertEquals(Set.of(), schema.validate(delivery), file + " breaks the schema");
            Set<String> codes = file.toString().contains("2022-12") ? december : january;
            delivery.get("leveringen").forEach(l -> codes.add(l.get("gemeentecode").asText()));
        }
        assertEquals(Set.of("0501", "0530", "0614"), december);
        assertEquals(Set.of("1992"), january);
    }
}
