package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/audit/verification: intact after everything the application did, and naming the
 * exact sequence number of a row the owner role changed behind the application's back (the change
 * is undone afterwards, byte for byte, so the chain is intact again for every other test).
 */
class AuditVerificationIT {

    private static final Clinic CLINIC = Clinic.SONRISA;
    private final Api admin = Api.at(CLINIC).as(CLINIC, User.ADMIN);

    @Test
    void theChainTheApplicationWroteIsIntact() {
        JsonNode verdict = verify();

        assertTrue(verdict.path("intact").asBoolean(), verdict::toString);
        assertTrue(verdict.path("firstBrokenSequence").isMissingNode(), verdict::toString);
        assertTrue(verdict.path("rowsChecked").asLong() > 0, verdict::toString);
        assertEquals(
                verdict.path("headSequence").asLong(),
                verdict.path("rowsChecked").asLong());
        assertTrue(verdict.path("headHash").asText().matches("[0-9a-f]{64}"), verdict::toString);
    }

    @Test
    void aRowTheOwnerChangedIsNamedBySequenceNumber() {
        JsonNode patient = Patients.createAndRead(Api.at(CLINIC).as(CLINIC, User.FRONT_DESK), aPatient());
        List<JsonNode> reads =
                AuditApi.allEvents(admin, Map.of("patientId", patient.path("id").asText(), "action", "read"), 100);
        long sequence = reads.get(0).path("sequence").asLong();
        String update = "update clinic.audit_event set actor_username = ? where seq = ?";

        assertEquals(1, AuditRows.asOwner(CLINIC, update, "someone-else", sequence));
        try {
            JsonNode verdict = verify();
            assertEquals(false, verdict.path("intact").asBoolean(), verdict::toString);
            assertEquals(sequence, verdict.path("firstBrokenSequence").asLong(), verdict::toString);
        } finally {
            AuditRows.asOwner(CLINIC, update, "frontdesk", sequence);
        }
        assertTrue(verify().path("intact").asBoolean());
    }

    private JsonNode verify() {
        ApiResponse response = admin.get(AuditApi.VERIFICATION);
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }
}
