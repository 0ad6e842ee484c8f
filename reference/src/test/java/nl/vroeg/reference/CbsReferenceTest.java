package nl.vroeg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CbsReferenceTest {

    @Test
    void normalisesMunicipalityCodesAndKnowsMergedOnes() {
        CbsReference cbs = CbsReference.shipped();
        assertEquals("GM0518", CbsReference.normaliseCode("0518"));
        assertEquals("GM0518", CbsReference.normaliseCode("gm0518"));
        assertNull(CbsReference.normaliseCode("518"));
        assertTrue(cbs.isKnown("GM0398"));
        assertFalse(cbs.isKnown("GM9999"));
        assertEquals(342, cbs.currentGemeenten().size());
    }
}
