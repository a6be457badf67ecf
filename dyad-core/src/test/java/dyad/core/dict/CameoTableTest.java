package dyad.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoTableTest {

    private final CameoTable table = new CameoTable();

    @Test
    void holdsEveryCameoCode() {
        assertTrue(table.size() >= 300, "CAMEO 1.1b3 has over 300 codes");
    }

    @Test
    void visitIsVerbalCooperationMappedToConsult() {
        CameoCode visit = table.get("042");
        assertEquals(1, visit.quadClass());
        assertEquals(1.9, visit.goldstein(), 1e-9);
        assertEquals("CONSULT", visit.plover());
    }

    @Test
    void sanctionsAreMaterialConflict() {
        assertEquals(4, table.get("163").quadClass());
        assertTrue(table.get("163").goldstein() < 0);
    }

    @Test
    void unknownSubCodeFallsBackToItsParent() {
        assertEquals("04", table.get("04").code());
    }
}
