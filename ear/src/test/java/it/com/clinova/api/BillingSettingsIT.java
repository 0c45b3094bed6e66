package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clinic admin's billing settings. The test changes lumière's printed address and puts it
 * back, so other tests (which bill at sonrisa) never see a changed tax rate or prefix.
 */
class BillingSettingsIT {

    private final Api admin = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.ADMIN);
    private final Api billing = Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.BILLING);

    @Test
    void billingStaffReadTheSettingsWithTheirETag() {
        ApiResponse read = billing.get(Invoices.SETTINGS);

        assertEquals(200, read.status(), read::toString);
        JsonNode settings = read.json();
        assertTrue(settings.path("configured").asBoolean());
        assertEquals("23.00", settings.path("taxRate").asText());
        assertEquals("LUM-", settings.path("invoicePrefix").asText());
        assertEquals(
                "\"" + settings.path("version").asLong() + "\"",
                read.header("ETag").orElse(""));
    }

    @Test
    void anAdminChangesThemGuardedByTheETagAndInvoicesIssuedAfterwardsPrintTheChange() {
        ApiResponse read = admin.get(Invoices.SETTINGS);
        JsonNode before = read.json();
        Map<String, Object> changed = bodyOf(before);
        changed.put("address", "Rua Augusta 1\n1100-048 Lisboa");
        try {
            ApiResponse saved =
                    admin.header("If-Match", read.header("ETag").orElseThrow()).put(Invoices.SETTINGS, changed);
            assertEquals(200, saved.status(), saved::toString);
            assertEquals(
                    "Rua Augusta 1\n1100-048 Lisboa",
                    saved.json().path("address").asText());
            assertEquals(
                    before.path("version").asLong() + 1,
                    saved.json().path("version").asLong());
            assertProblem(
                    admin.header("If-Match", read.header("ETag").orElseThrow()).put(Invoices.SETTINGS, changed),
                    412,
                    "stale-version");

            String patient = Patients.create(
                            Api.at(Clinic.LUMIERE).as(Clinic.LUMIERE, User.FRONT_DESK), PatientBuilder.aPatient())
                    .path("id")
                    .asText();
            JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");
            assertEquals(
                    "Rua Augusta 1\n1100-048 Lisboa",
                    issued.path("seller").path("address").asText());
        } finally {
            ApiResponse restored = admin.header("If-Match", "*").put(Invoices.SETTINGS, bodyOf(before));
            assertEquals(200, restored.status(), restored::toString);
        }
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceAndNothingChanges() {
        JsonNode before = admin.get(Invoices.SETTINGS).json();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("taxRate", "veintiuno");
        bad.put("invoicePrefix", "lum 2026");
        bad.put("legalName", "");
        bad.put("taxId", "50987654#");
        bad.put("address", null);

        assertInvalidFields(
                admin.header("If-Match", "*").put(Invoices.SETTINGS, bad),
                "taxRate",
                "invoicePrefix",
                "legalName",
                "taxId",
                "address");
        bad.put("taxRate", "100.01");
        assertInvalidFields(
                admin.header("If-Match", "*").put(Invoices.SETTINGS, bad),
                "taxRate",
                "invoicePrefix",
                "legalName",
                "taxId",
                "address");
        assertInvalidFields(admin.header("If-Match", "*").send("PUT", Invoices.SETTINGS, "null"), "body");
        assertProblem(admin.put(Invoices.SETTINGS, bodyOf(before)), 428, "precondition-required");
        assertEquals(before, admin.get(Invoices.SETTINGS).json());
    }

    @Test
    void onlyAnAdminChangesThem() {
        JsonNode before = billing.get(Invoices.SETTINGS).json();

        assertProblem(billing.header("If-Match", "*").put(Invoices.SETTINGS, bodyOf(before)), 403, "forbidden");
    }

    private static Map<String, Object> bodyOf(JsonNode settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : new String[] {"taxRate", "invoicePrefix", "legalName", "taxId", "address"}) {
            body.put(field, settings.path(field).asText());
        }
        return body;
    }
}
