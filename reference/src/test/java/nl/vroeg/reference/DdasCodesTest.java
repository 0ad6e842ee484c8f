package nl.vroeg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroeg.reference.DdasCodes.Codelijst;
import org.junit.jupiter.api.Test;

class DdasCodesTest {

    /** ddas-codelijsten.csv must say what the official schema says, in its order. */
    @Test
    void theCodeListsAreTheOfficialSchemasEnums() throws IOException {
        JsonNode defs;
        try (InputStream in = DdasCodesTest.class.getResourceAsStream("/ddas/json_schema_Uitwisselmodel.json")) {
            defs = new ObjectMapper().readTree(in).get("$defs");
        }
        Map<Codelijst, String> enums = Map.of(Codelijst.PARTNERTYPE, "EnumSignaalpartner", Codelijst.CONTACTSOORT,
                "EnumContactsoort", Codelijst.SIGNAALSTATUS, "EnumSignaalstatus", Codelijst.EINDRESULTAAT,
                "EnumEindresultaat", Codelijst.DAGDEEL, "EnumDagdeel");
        for (Codelijst list : Codelijst.values()) {
            List<String> official = new ArrayList<>();
            defs.get(enums.get(list)).get("enum").forEach(v -> official.add(v.asText()));
            assertEquals(official, list.waarden(), list.name());
        }
    }

    @Test
    void helpAcceptedIsThreeEindresultatenOneOfThemTheQuickFix() {
        assertEquals(3, DdasCodes.hulpGeaccepteerd().size());
        assertTrue(DdasCodes.hulpGeaccepteerd().contains(DdasCodes.quickFix()));
        assertEquals("(Budget)advies en/of quick fix", DdasCodes.quickFix());
        assertEquals("Energie", Codelijst.PARTNERTYPE.waarde("ENERGIE"));
    }

    @Test
    void thresholdsAndEventKinds() {
        assertEquals(5, Onderdrukking.kleinsteGetoondeTelling());
        assertEquals(10, Onderdrukking.kleinsteNoemerVoorPercentage());
        assertEquals(7, Gebeurtenissoorten.all().size());
    }
}
