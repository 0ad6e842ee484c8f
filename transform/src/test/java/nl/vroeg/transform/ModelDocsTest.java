package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The docs beside the models, without Spark (the lake's comments: {@link DocumentedLake}). */
class ModelDocsTest {

    @Test
    void everySilverAndGoldTableModelHasADescriptionAndGrain() {
        for (Map.Entry<String, Optional<ModelDocs>> model : ModelDocs.tableModels().entrySet()) {
            ModelDocs docs = model.getValue().orElseThrow(() -> new AssertionError(model.getKey() + " has no .properties beside it"));
            assertEquals(false, docs.description().isEmpty() || docs.grain().isEmpty() || docs.columns().isEmpty(), model.getKey());
        }
    }

    @Test
    void theReadmesTableListNamesEveryGoldTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String tables = readme.substring(readme.indexOf("## The tables"));
        List<String> missing = ModelDocs.tableModels().keySet().stream()
                .filter(name -> name.startsWith("gold.") && !tables.contains("`" + name + "`")).toList();
        assertEquals(List.of(), missing, "README.md, \"The tables\"");
    }

    @Test
    void aPublishedTableHasItsGoldTablesDocsAndTheSecondaryColumn() {
        ModelDocs published = ModelDocs.ofTable("gold", "gemeente_maand_gepubliceerd").orElseThrow();
        ModelDocs gold = ModelDocs.of("gold", "gemeente_maand").orElseThrow();
        assertEquals(gold.columns().get("bereik_pct"), published.columns().get("bereik_pct"));
        assertEquals(ModelDocs.SECONDARY_SUPPRESSED, published.columns().get("secundair_onderdrukt"));
    }
}
