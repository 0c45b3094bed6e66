package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drafting invoices from completed appointments, and every way that can be refused. */
class InvoiceDraftIT {

    private final Api billing = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.BILLING);

    @Test
    void aDraftHasOneLinePerCompletedAppointmentAtTheCataloguePriceAndTheClinicsTax() {
        CompletedVisits visits = CompletedVisits.of(2);

        ApiResponse response = Invoices.draftResponse(billing, visits.patientId, visits.appointmentIds);

        assertEquals(201, response.status(), response::toString);
        JsonNode draft = response.json();
        assertEquals(
                "\"" + draft.path("version").asLong() + "\"",
                response.header("ETag").orElse(""));
        assertTrue(response.header("Location").orElse("").endsWith(Invoices.pathOf(draft)));
        assertEquals("draft", draft.path("status").asText());
        assertTrue(draft.path("number").isMissingNode(), "a draft has no number");
        assertEquals("EUR", draft.path("currency").asText());
        assertEquals("21.00", draft.path("taxRate").asText());
        assertEquals(2, draft.path("lines").size());
        for (int i = 0; i < 2; i++) {
            JsonNode line = draft.path("lines").get(i);
            assertEquals(
                    visits.appointmentIds.get(i), line.path("appointmentId").asText());
            assertEquals(visits.practice.consultation, line.path("serviceId").asText());
            assertTrue(line.path("description").asText().startsWith("Consulta IT "), line::toString);
            assertEquals(1, line.path("quantity").asInt());
            assertEquals(CompletedVisits.PRICE, line.path("unitPrice").asText());
            assertEquals("8.40", line.path("taxAmount").asText());
            // The day in the clinic's zone (Madrid) of a 09:00 visit in the practice's own zone.
            java.time.LocalDate served =
                    java.time.LocalDate.parse(line.path("serviceDate").asText());
            assertTrue(Math.abs(served.toEpochDay() - visits.day.toEpochDay()) <= 1, line::toString);
        }
        assertEquals("80.00", draft.path("netTotal").asText());
        assertEquals("16.80", draft.path("taxTotal").asText());
        assertEquals("96.80", draft.path("total").asText());
        assertEquals(draft, Invoices.read(billing, draft));
    }

    @Test
    void billableAppointmentsAreTheCompletedOnesNoInvoiceBillsYet() {
        CompletedVisits visits = CompletedVisits.of(2);
        visits.booked(3);
        String billable = Invoices.billablePath(visits.patientId) + "?from=" + visits.from() + "&to=" + visits.to();

        assertEquals(visits.appointmentIds, appointmentIdsOf(billing.get(billable)));

        Invoices.draft(billing, visits.patientId, visits.appointmentIds.subList(0, 1));
        assertEquals(visits.appointmentIds.subList(1, 2), appointmentIdsOf(billing.get(billable)));
    }

    @Test
    void billableAppointmentsRefuseBadRangesAndUnknownPatients() {
        CompletedVisits visits = CompletedVisits.of(1);
        String path = Invoices.billablePath(visits.patientId);

        assertInvalidFields(billing.get(path + "?from=yesterday&to=2026-13-01"), "from", "to");
        assertInvalidFields(billing.get(path + "?from=2026-01-01&to=2026-04-01"), "to");
        assertInvalidFields(billing.get(path + "?from=2026-03-01&to=2026-03-01"), "to");
        assertProblem(billing.get(Invoices.billablePath(UUID.randomUUID().toString())), 404, "not-found");
        assertProblem(billing.get(Invoices.billablePath("not-an-id")), 404, "not-found");
    }

    @Test
    void anAppointmentThatIsNotCompletedIsNotInvoiced() {
        CompletedVisits visits = CompletedVisits.of(1);
        String booked = visits.booked(2);

        JsonNode problem = assertProblem(
                Invoices.draftResponse(billing, visits.patientId, List.of(visits.appointmentIds.get(0), booked)),
                409,
                "appointment-not-completed");
        assertEquals(booked, problem.path("appointmentId").asText());
        assertNoInvoices(visits.patientId);
    }

    @Test
    void anAppointmentIsOnOneInvoiceUntilThatInvoiceIsVoided() {
        CompletedVisits visits = CompletedVisits.of(1);
        JsonNode first = Invoices.draft(billing, visits.patientId, visits.appointmentIds);

        JsonNode problem = assertProblem(
                Invoices.draftResponse(billing, visits.patientId, visits.appointmentIds),
                409,
                "appointment-already-invoiced");
        assertEquals(visits.appointmentIds.get(0), problem.path("appointmentId").asText());

        JsonNode issued = Invoices.issue(billing, first);
        assertProblem(
                Invoices.draftResponse(billing, visits.patientId, visits.appointmentIds),
                409,
                "appointment-already-invoiced");
        ApiResponse voided = Invoices.change(billing, issued, "void", java.util.Map.of("reason", "Wrong patient"));
        assertEquals(200, voided.status(), voided::toString);

        JsonNode again = Invoices.draft(billing, visits.patientId, visits.appointmentIds);
        assertEquals(
                visits.appointmentIds.get(0),
                again.path("lines").get(0).path("appointmentId").asText());
    }

    @Test
    void appointmentsOfAnotherPatientOrNobodyAreNamedFieldByField() {
        CompletedVisits visits = CompletedVisits.of(1);
        CompletedVisits someoneElse = CompletedVisits.of(1);

        assertInvalidFields(
                Invoices.draftResponse(
                        billing,
                        visits.patientId,
                        List.of(
                                someoneElse.appointmentIds.get(0),
                                UUID.randomUUID().toString())),
                "appointmentIds[0]",
                "appointmentIds[1]");
        assertInvalidFields(
                Invoices.draftResponse(
                        billing, visits.patientId, List.of(visits.appointmentIds.get(0), visits.appointmentIds.get(0))),
                "appointmentIds[1]");
        assertNoInvoices(visits.patientId);
    }

    @Test
    void unreadableOrUnknownIdsAreReportedAllAtOnce() {
        List<String> ids = new ArrayList<>();
        ids.add("not-an-id");
        ids.add(null);
        assertInvalidFields(
                Invoices.draftResponse(billing, "nobody", ids), "patientId", "appointmentIds[0]", "appointmentIds[1]");
        assertInvalidFields(Invoices.draftResponse(billing, UUID.randomUUID().toString(), List.of()), "patientId");
        assertInvalidFields(Invoices.draftResponse(billing, null, List.of()), "patientId");
        assertInvalidFields(billing.send("POST", Invoices.PATH, "null"), "body");
        assertProblem(billing.send("POST", Invoices.PATH, "{\"patientId\": [1"), 400, "malformed-request");
    }

    @Test
    void aDraftWithoutAppointmentsTakesExtraLinesOnly() {
        String patient = SchedulingFixture.shared().newPatient();

        JsonNode draft = Invoices.draft(billing, patient, List.of());

        assertEquals(0, draft.path("lines").size());
        assertEquals("0.00", draft.path("total").asText());
    }

    private void assertNoInvoices(String patientId) {
        ApiResponse list = billing.get(Invoices.PATH + "?patientId=" + patientId);
        assertEquals(200, list.status(), list::toString);
        assertEquals(0, list.json().path("items").size(), "a refused draft left an invoice behind");
    }

    private static List<String> appointmentIdsOf(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        List<String> ids = new ArrayList<>();
        response.json().forEach(a -> ids.add(a.path("appointmentId").asText()));
        return ids;
    }
}
