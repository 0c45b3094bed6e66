package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Cross-tenant probes of the audit endpoints (registered in {@link CrossTenantProbes}): clinic B's
 * administrator asks about clinic A's patient and gets B's (empty) answer, never a row, a CSV line
 * or a count of A's; A's cursors and tokens open nothing at B.
 */
final class AuditCrossTenantProbes {

    private AuditCrossTenantProbes() {}

    static void queryTrail(TenantPair pair) {
        String patientOfA = pair.createdByA.path("id").asText();
        assertFalse(
                AuditApi.allEvents(pair.asA, Map.of("patientId", patientOfA), 100)
                        .isEmpty(),
                "A sees no trail");

        assertEquals(
                List.of(),
                AuditApi.patientDataRows(AuditApi.allEvents(pair.asB, Map.of("patientId", patientOfA), 100)));
        for (JsonNode row : AuditApi.allEvents(pair.asB, Map.of("action", "create"), 200)) {
            assertFalse(pair.idsOfA.contains(row.path("objectId").asText()), () -> "B's trail shows A's " + row);
        }
        String cursorOfA = AuditApi.events(pair.asA, Map.of("limit", "1"))
                .json()
                .path("nextCursor")
                .asText();
        assertInvalidFields(AuditApi.events(pair.asB, Map.of("cursor", cursorOfA)), "cursor");
        assertTokenRefused(AuditApi.events(pair.tokenOfAOnB, Map.of()));
        assertTokenRefused(AuditApi.events(pair.tokenOfBOnA, Map.of()));
    }

    static void exportTrail(TenantPair pair) {
        String patientOfA = pair.createdByA.path("id").asText();
        ApiResponse ofB = AuditApi.export(pair.asB, Map.of("patientId", patientOfA));
        assertEquals(200, ofB.status(), ofB::toString);
        // B's only rows naming that id are B's own lookups of its trail (B typed the id itself).
        List<List<String>> rows = AuditApi.csv(ofB.body());
        assertEquals(
                List.of(),
                rows.subList(1, rows.size()).stream()
                        .filter(r -> !r.get(6).equals("audit_trail"))
                        .toList(),
                "B's export of A's patient has rows");

        ApiResponse everythingOfB = AuditApi.export(pair.asB, Map.of("action", "create"));
        assertFalse(everythingOfB.body().contains(patientOfA), "B's export shows A's patient");
        assertTokenRefused(AuditApi.export(pair.tokenOfAOnB, Map.of()));
        assertTokenRefused(AuditApi.export(pair.tokenOfBOnA, Map.of()));
    }

    /** Each clinic's chain is its own: B's verdict counts B's rows only, whatever A holds. */
    static void verifyTrail(TenantPair pair) {
        JsonNode ofA = pair.asA.get(AuditApi.VERIFICATION).json();
        JsonNode ofB = pair.asB.get(AuditApi.VERIFICATION).json();
        assertTrue(ofB.path("intact").asBoolean(), ofB::toString);
        long newestOfB = AuditApi.events(pair.asB, Map.of("limit", "1"))
                .json()
                .path("items")
                .get(0)
                .path("sequence")
                .asLong();
        assertTrue(
                ofB.path("headSequence").asLong() <= newestOfB,
                () -> "B's head " + ofB + " past its newest row " + newestOfB);
        assertFalse(ofA.path("headHash").asText().equals(ofB.path("headHash").asText()), "one chain for two clinics");
        assertTokenRefused(pair.tokenOfAOnB.get(AuditApi.VERIFICATION));
        assertTokenRefused(pair.tokenOfBOnA.get(AuditApi.VERIFICATION));
    }
}
