package nl.vroeg.transform.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import nl.vroeg.lake.published.SuppressionRules;
import org.junit.jupiter.api.Test;

/** The suppression algorithm on small hand-made tables; expected cells computed by hand in the comments. */
class CellSuppressionTest {

    private final CellSuppression table = new CellSuppression();
    private final List<int[]> relations = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Test
    void aProvinceWithOneSmallMunicipalityHidesItsSmallestOtherMunicipality() {
        // PV01 35 = A 3 + B 20 + C 12: A is 1-4; PV01 - B - C would give it back, so C (12, the smallest) goes too
        int pv = cell(35, "PV01");
        int a = cell(3, "GM0001");
        int b = cell(20, "GM0002");
        int c = cell(12, "GM0003");
        relation(pv, a, b, c);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0001 GM0003*", hidden());
    }

    @Test
    void hidingOneMoreCellCanMakeANewLoneHiddenCellElsewhereUntilAFixedPoint() {
        // province:      PV01 23 = A 3 + B 20
        // B's breakdown: B 20 = B.x 8 + B.y 12
        // country:       NL 60 = PV01 23 + PV02 37
        // step 1: A alone in the province: hide B (20, smaller than PV01 23)
        // step 2: B alone in its breakdown: hide B.x (8)
        // now every relation has 0 or 2 hidden cells: the country relation is untouched
        int pv1 = cell(23, "PV01");
        int a = cell(3, "GM0001");
        int b = cell(20, "GM0002");
        int bx = cell(8, "GM0002", "x");
        int by = cell(12, "GM0002", "y");
        int nl = cell(60, "NL");
        int pv2 = cell(37, "PV02");
        relation(nl, pv1, pv2);
        relation(b, bx, by);
        relation(pv1, a, b);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0001 GM0002 x* GM0002*", hidden());
        assertNoRelationHasOneHiddenCell();
    }

    @Test
    void aChainThroughTheProvinceAndTheCountry() {
        // PV01 11 = A 2 + B 9;  B 9 = B.x 9 + B.y 0;  NL 37 = PV01 11 + PV02 26
        // A alone: hide B (9 < 11). B alone in its breakdown: hide B.x, the only non-zero (a zero is never hidden).
        // The province stays shown: NL is untouched. Fixed point.
        int pv1 = cell(11, "PV01");
        int a = cell(2, "GM0001");
        int b = cell(9, "GM0002");
        int bx = cell(9, "GM0002", "x");
        int by = cell(0, "GM0002", "y");
        int nl = cell(37, "NL");
        int pv2 = cell(26, "PV02");
        relation(pv1, a, b);
        relation(b, bx, by);
        relation(nl, pv1, pv2);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0001 GM0002 x* GM0002*", hidden());
        assertNoRelationHasOneHiddenCell();
    }

    @Test
    void aHiddenCellInTheCountryRelationSpreadsToAProvinceAndBack() {
        // NL 50 = PV01 4 + PV02 20 + PV03 26; PV02 20 = C 8 + D 12; PV03 26 = E 13 + F 13
        // PV01 (4) alone in NL: hide PV02 (20 < 26). PV02 alone in its province: hide C (8).
        // PV01 = its only municipality G 4: both primary. Fixed point.
        int nl = cell(50, "NL");
        int pv1 = cell(4, "PV01");
        int pv2 = cell(20, "PV02");
        int pv3 = cell(26, "PV03");
        int c = cell(8, "GM0003");
        int d = cell(12, "GM0004");
        int e = cell(13, "GM0005");
        int f = cell(13, "GM0006");
        int g = cell(4, "GM0007");
        relation(nl, pv1, pv2, pv3);
        relation(pv1, g);
        relation(pv2, c, d);
        relation(pv3, e, f);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0003* GM0007 PV01 PV02*", hidden());
        assertNoRelationHasOneHiddenCell();
    }

    @Test
    void tiesGoToTheLowestAreaCodeThenTheCategory() {
        // T 26 = x 2 + GM0002 12 + GM0001 12: the two 12s tie, GM0001 is hidden
        int t = cell(26, "PV01");
        int x = cell(2, "GM0009");
        int b = cell(12, "GM0002");
        int a = cell(12, "GM0001");
        relation(t, x, b, a);
        // same area: the category decides
        int u = cell(26, "GM0100");
        int y = cell(2, "GM0100", "c");
        int q = cell(12, "GM0100", "b");
        int p = cell(12, "GM0100", "a");
        relation(u, y, q, p);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0001* GM0009 GM0100 a* GM0100 c", hidden());
    }

    @Test
    void zerosAreNeverHiddenAndTwoHiddenCellsNeedNothingMore() {
        // T 7 = a 3 + b 0 + c 4: two hidden, b stays 0
        int t = cell(7, "GM0001");
        int a = cell(3, "GM0001", "a");
        int b = cell(0, "GM0001", "b");
        int c = cell(4, "GM0001", "c");
        relation(t, a, b, c);
        table.suppress(SuppressionRules.STANDARD);
        assertEquals("GM0001 a GM0001 c", hidden());
    }

    @Test
    void theThresholdComesFromTheRules() {
        // with smallest shown count 10: 7 is small, and T 27 = a 7 + b 20 hides b (20 < 27)
        int t = cell(27, "GM0001");
        int a = cell(7, "GM0001", "a");
        int b = cell(20, "GM0001", "b");
        relation(t, a, b);
        table.suppress(new SuppressionRules(10, 10));
        assertEquals("GM0001 a GM0001 b*", hidden());
    }

    @Test
    void aRelationThatIsNoEquationIsAnError() {
        // 3 = 0 cannot be an equation: a lone hidden cell with nothing to hide beside it
        int a = cell(3, "GM0001");
        int b = cell(0, "GM0002");
        relation(a, b);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> table.suppress(SuppressionRules.STANDARD));
        assertEquals("Relation {GM0001, GM0002} has one hidden cell and no other to hide", e.getMessage());
    }

    private int cell(long value, String area) {
        return cell(value, area, "");
    }

    private int cell(long value, String area, String category) {
        names.add((area + " " + category).strip());
        return table.cell(value, area, category);
    }

    private void relation(int... cells) {
        relations.add(cells);
        table.relation(java.util.Arrays.stream(cells).boxed().toList());
    }

    /** The hidden cells as "area category", sorted, secondary ones marked with *. */
    private String hidden() {
        List<String> hidden = new ArrayList<>();
        for (int c = 0; c < table.cells(); c++) {
            if (table.hidden(c)) hidden.add(names.get(c) + (table.secondary(c) ? "*" : ""));
        }
        return String.join(" ", hidden.stream().sorted().toList());
    }

    private void assertNoRelationHasOneHiddenCell() {
        for (int[] relation : relations) {
            long hiddenCells = java.util.Arrays.stream(relation).filter(table::hidden).count();
            assertNotEquals(1, hiddenCells, "a relation with one hidden cell");
        }
    }
}
