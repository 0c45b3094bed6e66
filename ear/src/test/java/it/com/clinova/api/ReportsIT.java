package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertUnauthorized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report endpoints against a week whose figures are known (ReportFixture). */
class ReportsIT {

    static final String PATH = "/api/v1/reports";
    private static final String WEEK = "?from=" + ReportFixture.MONDAY + "&to=" + ReportFixture.MONDAY.plusDays(7);

    private final ReportFixture fixture = ReportFixture.shared();
    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api desk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);

    @Test
    void practitionerUtilisationCountsBookedTimeInsideAndOutsideTheSchedule() {
        // Mon-Fri 09:00-13:00 = 1200 min; booked in it: 60 completed + 30 no-show + 30 checked in;
        // 30 of the checked-in hour fall after 13:00; the cancellation counts for nothing.
        JsonNode row =
                rowOf(admin.get(PATH + "/practitioner-utilisation" + WEEK), "practitionerId", fixture.practitioner);
        assertEquals(fixture.practitionerName, row.path("practitionerName").asText());
        assertEquals(
                List.of(1200L, 120L, 30L),
                List.of(
                        row.path("workingMinutes").asLong(),
                        row.path("bookedMinutes").asLong(),
                        row.path("outsideMinutes").asLong()));
        assertEquals(0, new BigDecimal("0.1").compareTo(row.path("utilisation").decimalValue()));
    }

    @Test
    void roomUtilisationComparesTheRoomWithItsLocationsOpeningTime() {
        JsonNode row = rowOf(admin.get(PATH + "/room-utilisation" + WEEK), "roomId", fixture.room);
        assertEquals(
                List.of(1200L, 120L, 30L),
                List.of(
                        row.path("openMinutes").asLong(),
                        row.path("bookedMinutes").asLong(),
                        row.path("outsideMinutes").asLong()));
    }

    @Test
    void noShowRateIsOverTheAppointmentsPatientsWereDueAt() {
        JsonNode row = rowOf(admin.get(PATH + "/no-shows" + WEEK), "practitionerId", fixture.practitioner);
        assertEquals(
                List.of(3L, 1L),
                List.of(row.path("due").asLong(), row.path("noShows").asLong()));
        assertEquals(0, new BigDecimal("0.3333").compareTo(row.path("rate").decimalValue()));
    }

    @Test
    void theDayListShowsTheDaysAppointmentsAndRecordsThePatientsAsAccessed() {
        ApiResponse response = desk.get(dayList(fixture.practitioner, ReportFixture.MONDAY.toString()));
        assertEquals(200, response.status(), response::toString);
        List<String> statuses = new ArrayList<>();
        for (JsonNode entry : response.json().path("appointments")) {
            statuses.add(entry.path("status").asText());
            assertEquals(
                    "Ana " + fixture.patientFamilyName,
                    entry.path("patientName").asText());
        }
        assertEquals(List.of("completed", "no_show"), statuses);

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<AuditRows.Row> audited = AuditRows.ofRequests(Clinic.SONRISA, List.of(requestId));
        assertEquals(1, audited.size(), audited::toString);
        assertEquals("search", audited.get(0).action());
        assertEquals(fixture.patient, audited.get(0).patientIds());
    }

    @Test
    void aDayIsTheLocalDayOfTheLocationInItsOwnZone() {
        // 23:30 on Monday in the Canaries is already Tuesday 00:30 in Madrid, the clinic's zone
        String practitioner = UUID.randomUUID().toString();
        ClinicDatabase.inClinic(Clinic.SONRISA, c -> {
            String tenant = ClinicDatabase.tenantId(c, Clinic.SONRISA);
            String location = UUID.randomUUID().toString();
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.location (id, tenant_id, name, time_zone)"
                            + " values (?::uuid, ?::uuid, 'Las Palmas', 'Atlantic/Canary')",
                    location,
                    tenant);
            ClinicDatabase.execute(
                    c,
                    "insert into clinic.practitioner (id, tenant_id, display_name) values (?::uuid, ?::uuid, 'Dr. Canarias')",
                    practitioner,
                    tenant);
            return ClinicDatabase.execute(
                    c,
                    "insert into clinic.appointment (id, tenant_id, patient_id, practitioner_id, location_id,"
                            + " service_id, starts_at, ends_at, status)"
                            + " values (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid,"
                            + " '2025-06-02 23:30 Atlantic/Canary', '2025-06-02 23:45 Atlantic/Canary', 'booked')",
                    tenant,
                    fixture.patient,
                    practitioner,
                    location,
                    fixture.service);
        });

        JsonNode monday = desk.get(dayList(practitioner, "2025-06-02")).json().path("appointments");
        assertEquals(1, monday.size(), monday::toString);
        assertEquals("Atlantic/Canary", monday.get(0).path("timeZone").asText());
        assertEquals("2025-06-02T22:30:00Z", monday.get(0).path("startsAt").asText());
        assertEquals(
                0,
                desk.get(dayList(practitioner, "2025-06-03"))
                        .json()
                        .path("appointments")
                        .size());
    }

    @Test
    void aDayWithoutAppointmentsIsAnEmptyList() {
        ApiResponse response = admin.get(
                dayList(fixture.practitioner, ReportFixture.MONDAY.plusDays(3).toString()));
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, response.json().path("appointments").size());
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        for (String report : List.of("/practitioner-utilisation", "/room-utilisation", "/no-shows")) {
            assertInvalidFields(admin.get(PATH + report), "from", "to");
            assertInvalidFields(admin.get(PATH + report + "?from=2025-06-32&to=tomorrow"), "from", "to");
            assertInvalidFields(admin.get(PATH + report + "?from=2025-06-09&to=2025-06-02"), "to");
            assertInvalidFields(admin.get(PATH + report + "?from=2025-01-01&to=2026-01-03"), "to");
        }
    }

    @Test
    void badDayListParametersAreRefusedAndUnknownPractitionersAreNotFound() {
        assertInvalidFields(admin.get(PATH + "/day-list"), "practitionerId", "date");
        assertInvalidFields(admin.get(dayList("not-an-id", "2025-13-01")), "practitionerId", "date");
        assertProblem(admin.get(dayList(UUID.randomUUID().toString(), "2025-06-02")), 404, "not-found");
    }

    @Test
    void figuresAreForClinicAdminsAndTheDayListForThoseWhoRunTheDay() {
        for (User user : List.of(User.FRONT_DESK, User.CLINICIAN, User.BILLING)) {
            Api api = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, user);
            assertProblem(api.get(PATH + "/practitioner-utilisation" + WEEK), 403, "forbidden");
            assertProblem(api.get(PATH + "/no-shows" + WEEK), 403, "forbidden");
        }
        assertEquals(
                200,
                Api.at(Clinic.SONRISA)
                        .as(Clinic.SONRISA, User.CLINICIAN)
                        .get(dayList(fixture.practitioner, "2025-06-02"))
                        .status());
        assertProblem(
                Api.at(Clinic.SONRISA)
                        .as(Clinic.SONRISA, User.BILLING)
                        .get(dayList(fixture.practitioner, "2025-06-02")),
                403,
                "forbidden");
        assertUnauthorized(Api.at(Clinic.SONRISA).get(PATH + "/room-utilisation" + WEEK), "not-authenticated");
    }

    static String dayList(String practitionerId, String date) {
        return PATH + "/day-list?practitionerId=" + practitionerId + "&date=" + date;
    }

    static JsonNode rowOf(ApiResponse response, String idField, String id) {
        assertEquals(200, response.status(), response::toString);
        for (JsonNode row : response.json().path("rows")) {
            if (row.path(idField).asText().equals(id)) {
                return row;
            }
        }
        assertTrue(false, () -> "no row for " + id + " in " + response.body());
        return null;
    }
}
