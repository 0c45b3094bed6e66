package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/encounters}: opening for real bookings, reading, listing, and every refusal. */
class EncounterApiIT {

    private final Api clinician = Records.clinician();

    @Test
    void aPractitionerOpensTheEncounterOfACheckedInAppointment() {
        JsonNode appointment = Visits.checkedIn();

        ApiResponse opened = clinician.post(
                Records.ENCOUNTERS,
                Map.of("appointmentId", appointment.path("id").asText()));

        assertEquals(201, opened.status(), opened::toString);
        JsonNode encounter = opened.json();
        assertEquals(
                appointment.path("id").asText(), encounter.path("appointmentId").asText());
        assertEquals(
                appointment.path("patientId").asText(),
                encounter.path("patientId").asText());
        assertEquals(
                appointment.path("practitionerId").asText(),
                encounter.path("practitionerId").asText());
        assertTrue(opened.header("Location")
                .orElseThrow()
                .endsWith(Records.ENCOUNTERS + "/" + encounter.path("id").asText()));
        assertEquals("no-store", opened.header("Cache-Control").orElse(""));
    }

    @Test
    void anAppointmentHasOneEncounter() {
        JsonNode appointment = Visits.checkedIn();
        JsonNode first = Records.open(appointment);

        ApiResponse again = clinician.post(
                Records.ENCOUNTERS,
                Map.of("appointmentId", appointment.path("id").asText()));

        JsonNode problem = assertProblem(again, 409, "encounter-exists");
        assertTrue(problem.path("detail").asText().contains(first.path("id").asText()), problem::toString);
    }

    @Test
    void anAppointmentNotCheckedInHasNoEncounterYet() {
        JsonNode booked = Visits.booked(Patients.create(Visits.frontDesk(), PatientBuilder.aPatient()));

        assertProblem(
                clinician.post(
                        Records.ENCOUNTERS,
                        Map.of("appointmentId", booked.path("id").asText())),
                409,
                "appointment-not-checked-in");
    }

    @Test
    void theAppointmentMustBeOneOfThisClinic() {
        assertInvalidFields(
                clinician.post(
                        Records.ENCOUNTERS,
                        Map.of("appointmentId", UUID.randomUUID().toString())),
                "appointmentId");
        assertInvalidFields(clinician.post(Records.ENCOUNTERS, Map.of("appointmentId", "tomorrow")), "appointmentId");
        assertInvalidFields(clinician.post(Records.ENCOUNTERS, Map.of()), "appointmentId");
        assertProblem(clinician.send("POST", Records.ENCOUNTERS, "{\"appointmentId\":"), 400, "malformed-request");
    }

    @Test
    void onlyPractitionersOpenEncounters() {
        String appointment = Visits.checkedIn().path("id").asText();
        for (User user : List.of(User.ADMIN, User.FRONT_DESK, User.BILLING)) {
            assertProblem(
                    Records.as(user).post(Records.ENCOUNTERS, Map.of("appointmentId", appointment)), 403, "forbidden");
        }
        assertProblem(
                Api.at(Visits.CLINIC).post(Records.ENCOUNTERS, Map.of("appointmentId", appointment)),
                401,
                "not-authenticated");
    }

    @Test
    void clinicalRolesReadAnEncounterOthersAreRefused() {
        JsonNode encounter = Records.openEncounter();
        String path = Records.ENCOUNTERS + "/" + encounter.path("id").asText();

        for (User user : List.of(User.CLINICIAN, User.ADMIN)) {
            ApiResponse read = Records.as(user).get(path);
            assertEquals(200, read.status(), read::toString);
            assertEquals(encounter, read.json());
        }
        assertProblem(Records.as(User.FRONT_DESK).get(path), 403, "forbidden");
        assertProblem(Records.as(User.BILLING).get(path), 403, "forbidden");
        assertProblem(clinician.get(Records.ENCOUNTERS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(clinician.get(Records.ENCOUNTERS + "/not-an-id"), 404, "not-found");
    }

    @Test
    void aPatientsEncountersComeNewestFirstPageByPage() {
        JsonNode first = Records.openEncounter();
        String patient = first.path("patientId").asText();
        JsonNode second = Records.open(Visits.checkedInFor(patient));
        JsonNode third = Records.open(Visits.checkedInFor(patient));

        List<String> seen = new ArrayList<>();
        String query = Records.ENCOUNTERS + "?patientId=" + patient + "&limit=2";
        ApiResponse page = clinician.get(query);
        assertEquals(200, page.status(), page::toString);
        page.json().path("items").forEach(e -> seen.add(e.path("id").asText()));
        String cursor = page.json().path("nextCursor").asText();
        ApiResponse last = clinician.get(query + "&cursor=" + cursor);
        last.json().path("items").forEach(e -> seen.add(e.path("id").asText()));

        assertEquals(
                List.of(
                        third.path("id").asText(),
                        second.path("id").asText(),
                        first.path("id").asText()),
                seen);
        assertTrue(last.json().path("nextCursor").isNull()
                || last.json().path("nextCursor").isMissingNode());
        assertInvalidFields(
                clinician.get(Records.ENCOUNTERS + "?patientId=" + UUID.randomUUID() + "&cursor=" + cursor), "cursor");
    }

    @Test
    void theEncounterOfAnAppointmentIsFoundByIt() {
        JsonNode encounter = Records.openEncounter();

        ApiResponse found = clinician.get(Records.ENCOUNTERS + "?appointmentId="
                + encounter.path("appointmentId").asText());
        ApiResponse none = clinician.get(Records.ENCOUNTERS + "?appointmentId=" + UUID.randomUUID());

        assertEquals(List.of(encounter), List.copyOf(items(found)));
        assertEquals(0, none.json().path("items").size(), none::toString);
    }

    @Test
    void aListNeedsExactlyOneValidCriterion() {
        String patient = UUID.randomUUID().toString();
        assertInvalidFields(clinician.get(Records.ENCOUNTERS), "patientId");
        assertInvalidFields(
                clinician.get(Records.ENCOUNTERS + "?patientId=" + patient + "&appointmentId=" + patient), "patientId");
        assertInvalidFields(clinician.get(Records.ENCOUNTERS + "?patientId=x"), "patientId");
        assertInvalidFields(clinician.get(Records.ENCOUNTERS + "?patientId=" + patient + "&limit=0"), "limit");
        assertInvalidFields(clinician.get(Records.ENCOUNTERS + "?patientId=" + patient + "&limit=101"), "limit");
        assertInvalidFields(clinician.get(Records.ENCOUNTERS + "?patientId=" + patient + "&cursor=forged.x"), "cursor");
        assertProblem(Records.as(User.FRONT_DESK).get(Records.ENCOUNTERS + "?patientId=" + patient), 403, "forbidden");
    }

    private static List<JsonNode> items(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }
}
