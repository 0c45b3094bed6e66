package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Billing is for billing staff and clinic admins. Front desk and practitioners get the answer the
 * patients API gives a role that may not act (403 forbidden) on every billing endpoint, and
 * change nothing; anonymous callers get 401.
 */
class BillingRolesIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void frontDeskAndPractitionersMayNotBill() {
        String patient = SchedulingFixture.shared().newPatient();
        JsonNode draft = Invoices.draftWithLine(billing, patient, "10.00");
        JsonNode issued = Invoices.issuedWithLine(billing, patient, "10.00");
        String line = draft.path("lines").get(0).path("id").asText();

        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN)) {
            Api other = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user).header("If-Match", "*");
            List<ApiResponse> answers = List.of(
                    other.get(Invoices.SETTINGS),
                    other.put(Invoices.SETTINGS, Map.of("taxRate", "0")),
                    other.post(Invoices.PATH, Map.of("patientId", patient, "appointmentIds", List.of())),
                    other.get(Invoices.PATH + "?patientId=" + patient),
                    other.get(Invoices.pathOf(draft)),
                    other.post(Invoices.pathOf(draft) + "/lines", Invoices.freeLine("x", "1")),
                    other.send("DELETE", Invoices.pathOf(draft) + "/lines/" + line, null),
                    other.send("POST", Invoices.pathOf(draft) + "/issue", null),
                    other.post(Invoices.pathOf(issued) + "/void", Map.of("reason", "x")),
                    other.post(Invoices.pathOf(issued) + "/payments", Map.of("method", "cash", "amount", "1")),
                    other.get(Invoices.pathOf(issued) + "/payments"),
                    other.get(Invoices.pathOf(issued) + "/pdf"),
                    other.get(Invoices.balancePath(patient)),
                    other.get(Invoices.billablePath(patient)));
            answers.forEach(answer -> assertProblem(answer, 403, "forbidden"));
        }
        assertEquals(draft, Invoices.read(billing, draft));
        assertEquals(issued, Invoices.read(billing, issued));
    }

    @Test
    void clinicAdminsBillToo() {
        Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
        String patient = SchedulingFixture.shared().newPatient();

        JsonNode issued = Invoices.issuedWithLine(admin, patient, "10.00");

        assertEquals(201, Invoices.pay(admin, issued, "cash", "12.10", null).status());
        assertEquals(200, admin.download(Invoices.pathOf(issued) + "/pdf").status());
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        Api anonymous = Api.at(Clinic.SONRISA);
        Problems.assertUnauthorized(anonymous.get(Invoices.PATH), "not-authenticated");
        Problems.assertUnauthorized(anonymous.get(Invoices.SETTINGS), "not-authenticated");
    }
}
