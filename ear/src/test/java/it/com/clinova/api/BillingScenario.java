package it.com.clinova.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * A patient of sonrisa with one completed appointment, made through the API, for the browser
 * tests of billing (another package): what a billing clerk invoices.
 */
public final class BillingScenario {

    /** The patient (id and names as registered) and the day their appointment was. */
    public record Visit(String patientId, String givenName, String familyName, LocalDate day) {}

    private BillingScenario() {}

    public static Visit completedVisit() {
        CompletedVisits visits = CompletedVisits.of(1);
        JsonNode patient = Api.at(Clinic.SONRISA)
                .as(Clinic.SONRISA, User.FRONT_DESK)
                .get(Patients.PATH + "/" + visits.patientId)
                .json();
        return new Visit(
                visits.patientId,
                patient.path("givenName").asText(),
                patient.path("familyName").asText(),
                visits.day);
    }
}
