package nl.vroeg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The official DDAS v0.9 JSON Schema (shipped in the lake module), applied record by record: a signal, a case
 * or a contact attempt is checked against its part of the schema as it streams past. Violations become Dutch
 * reasons naming the field, never its value (values may be personal data).
 */
final class DdasSchema {

    private static final String SCHEMA_ID = "https://raw.githubusercontent.com/VNG-Realisatie/ddas/main/v0.9/json_schema_Uitwisselmodel.json";
    private static final String LEVERING = SCHEMA_ID + "#/properties/leveringen/items";

    /**
     * The fields whose problems the record rules of spec/inputs.md already name more precisely (a field and
     * everything in it when it is a list: a case's attempts are judged one by one).
     */
    private static final Set<String> SIGNAL_FIELDS_WITH_RULES = Set.of("ID", "signaalpartner", "signaalpartner.type",
            "signaaldatum", "ontstaansdatum", "bedrag", "status", "client");
    private static final Set<String> ZAAK_FIELDS_WITH_RULES = Set.of("resultaat", "vroegsignalen", "matchingsdatum",
            "datum_opgepakt", "contactpogingen");
    private static final Set<String> POGING_FIELDS_WITH_RULES = Set.of("soort", "dagdeel", "datum", "bereikt");

    private static DdasSchema instance;

    private final Set<String> propertyNames;
    private final JsonSchema signal;
    private final JsonSchema zaak;
    private final JsonSchema poging;

    private DdasSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, "classpath:ddas/json_schema_Uitwisselmodel.json")));
        // LEGACY paths read like the record: $.client.Geboortedatum, $.contactpogingen[1].soort
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.LEGACY).build();
        signal = factory.getSchema(SchemaLocation.of(LEVERING + "/properties/vroegsignalen/items"), config);
        zaak = factory.getSchema(SchemaLocation.of(LEVERING + "/properties/vroegsignaalzaken/items"), config);
        poging = factory.getSchema(SchemaLocation.of(LEVERING + "/properties/vroegsignaalzaken/items/properties/contactpogingen/items"), config);
        propertyNames = propertyNames();
    }

    /** Every property name the schema defines, at any depth. */
    private static Set<String> propertyNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = DdasSchema.class.getClassLoader().getResourceAsStream("ddas/json_schema_Uitwisselmodel.json")) {
            collectPropertyNames(new ObjectMapper().readTree(in), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Jackson's findValues stops at the first match on a branch: nested "properties" need a walk of their own. */
    private static void collectPropertyNames(JsonNode node, Set<String> names) {
        if (node.isObject() && node.has("properties") && node.get("properties").isObject()) {
            node.get("properties").fieldNames().forEachRemaining(names::add);
        }
        node.forEach(child -> collectPropertyNames(child, names));
    }

    /**
     * A field name or path ({@code client.Geboortedatum}, {@code contactpogingen[1].soort}) fit to quote: names the
     * schema defines are kept, any other (a sender's own key, which may be a value such as a name or a BSN) becomes
     * "(onbekend veld)".
     */
    String safeName(String path) {
        return Arrays.stream(path.split("\\.", -1)).map(segment -> {
            String name = segment.replaceAll("\\[\\d+]$", "");
            return propertyNames.contains(name) ? segment : "(onbekend veld)";
        }).collect(Collectors.joining("."));
    }

    static synchronized DdasSchema get() {
        if (instance == null) instance = new DdasSchema();
        return instance;
    }

    /** "onbekend veld 'x'" for a name the schema knows elsewhere; a name it does not know is not repeated. */
    String unknownField(String path) {
        String safe = safeName(path);
        return safe.endsWith("(onbekend veld)") ? "onbekend veld (niet in het DDAS-schema)" : "onbekend veld '" + safe + "'";
    }

    List<String> signalViolations(JsonNode node) {
        return violations(signal, node, SIGNAL_FIELDS_WITH_RULES);
    }

    List<String> zaakViolations(JsonNode node) {
        return violations(zaak, node, ZAAK_FIELDS_WITH_RULES);
    }

    List<String> pogingViolations(JsonNode node) {
        return violations(poging, node, POGING_FIELDS_WITH_RULES);
    }

    private static List<String> violations(JsonSchema schema, JsonNode node, Set<String> fieldsWithRules) {
        return schema.validate(node).stream()
                .filter(m -> !coveredByRule(field(m), fieldsWithRules))
                .map(DdasSchema::dutch)
                .sorted()
                .toList();
    }

    private static boolean coveredByRule(String field, Set<String> fieldsWithRules) {
        return fieldsWithRules.stream().anyMatch(f -> field.equals(f) || field.startsWith(f + "["));
    }

    /** The field a message is about, as a path in the record: a missing or extra property is added to its parent's path. */
    private static String field(ValidationMessage m) {
        String path = path(m);
        boolean aboutProperty = m.getType().equals("required") || m.getType().equals("additionalProperties");
        if (!aboutProperty) return path;
        return path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
    }

    private static String path(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        return location.startsWith("$.") ? location.substring(2) : location.replaceFirst("^\\$", "");
    }

    private static String dutch(ValidationMessage m) {
        String field = get().safeName(field(m));
        return "schema: " + switch (m.getType()) {
            case "required" -> "verplicht veld '" + field + "' ontbreekt";
            case "additionalProperties" -> get().unknownField(field(m));
            case "type" -> "'" + field + "' heeft een verkeerd type";
            case "enum" -> "'" + field + "' heeft een waarde buiten de codelijst";
            case "format" -> "'" + field + "' heeft een ongeldig formaat";
            case "minItems" -> "'" + field + "' is leeg";
            case "uniqueItems" -> "'" + field + "' bevat dubbele elementen";
            default -> "'" + field + "' voldoet niet (" + m.getType() + ")";
        };
    }
}
