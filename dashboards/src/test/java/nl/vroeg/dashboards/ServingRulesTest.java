package nl.vroeg.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The serving database's rules that need neither Spark nor a server. */
class ServingRulesTest {

    @Test
    void onlyGmAndFourAsciiDigitsBecomeARole() {
        assertEquals("gm0307", ServingRoles.roleOf("GM0307"));
        for (String code : new String[] {"gm0307", "GM307", "GM03070", "PV26", "NL", "GM０３０７", "GM0307\"; drop role x; --", "GM0307\n", ""}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServingRoles.roleOf(code), code);
            assertTrue(e.getMessage().startsWith("Ongeldige gemeentecode"), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> ServingRoles.roleOf(null));
        assertEquals("\"a\"\"b\"", ServingRoles.quoted("a\"b"));
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        for (String url : List.of("jdbc:postgresql://db/vroeg?user=a&password=geheim", "jdbc:postgresql://db/vroeg?PASSWORD=x",
                "jdbc:postgresql://db/vroeg?sslpassword=x", "jdbc:postgresql://db/vroeg?pass%77ord=x", "jdbc:postgresql://a:geheim@db/vroeg")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServingConnection.of(url, Map.of()), url);
            assertTrue(e.getMessage().contains("geen wachtwoord") && !e.getMessage().contains("geheim"), e.getMessage());
        }
        assertFalse(ServingConnection.carriesPassword("jdbc:postgresql://db:5432/vroeg?user=vroeg_beheer&ssl=true"));
        assertThrows(IllegalArgumentException.class, () -> ServingConnection.of("jdbc:mysql://db/vroeg", Map.of()));
    }

    @Test
    void namesInSqlAreIdentifiersAndTextsAreLiterals() {
        assertThrows(IllegalArgumentException.class, () -> new ServingSchemas("vroeg; drop table x", "vroeg_detail"));
        assertEquals("'''s-Gravenhage'", ServingTable.literal("'s-Gravenhage"));
        assertEquals("{\"a b\",\"c\\\"d\",NULL}", CopyText.arrayLiteral(java.util.Arrays.asList("a b", "c\"d", null)));
    }
}
