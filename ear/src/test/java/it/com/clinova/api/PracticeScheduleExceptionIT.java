package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.EXCEPTIONS;
import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.PracticeApi.PRACTITIONERS;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Holidays, closures and absences: entered in local time, listed by day range, deleted. */
class PracticeScheduleExceptionIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api clinician = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.CLINICIAN);
    /** A day far in the future nobody else uses, so lists show this test's exceptions only. */
    private final LocalDate day =
            LocalDate.of(2400, 1, 1).plusDays(Math.floorMod(PatientBuilder.RUN.hashCode(), 30_000));

    @Test
    void aWholeDayHolidayCoversTheDayInTheClinicsZone() {
        JsonNode holiday = PracticeApi.create(admin, EXCEPTIONS, exception("holiday", day.toString(), day.toString()));

        assertEquals("holiday", holiday.path("kind").asText());
        assertEquals(
                day.atStartOfDay(MADRID).toInstant().toString(),
                holiday.path("start").asText());
        assertEquals(
                day.plusDays(1).atStartOfDay(MADRID).toInstant().toString(),
                holiday.path("end").asText());
        assertEquals(
                holiday,
                PracticeApi.read(
                        clinician, EXCEPTIONS + "/" + holiday.path("id").asText()));
        JsonNode listed = PracticeApi.read(clinician, EXCEPTIONS + "?from=" + day + "&to=" + day);
        assertTrue(PracticeApi.ids(listed).contains(holiday.path("id").asText()), listed::toString);
        JsonNode dayBefore =
                PracticeApi.read(clinician, EXCEPTIONS + "?from=" + day.minusDays(1) + "&to=" + day.minusDays(1));
        assertFalse(PracticeApi.ids(dayBefore).contains(holiday.path("id").asText()), dayBefore::toString);
    }

    @Test
    void closuresAndAbsencesNameTheirSubject() {
        String location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location())
                .path("id")
                .asText();
        String practitioner = PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner())
                .path("id")
                .asText();
        Map<String, Object> closure = exception("closure", day + "T14:00", day + "T18:30");
        closure.put("locationId", location);
        Map<String, Object> absence =
                exception("absence", day.toString(), day.plusDays(2).toString());
        absence.put("practitionerId", practitioner);

        JsonNode closed = PracticeApi.create(admin, EXCEPTIONS, closure);
        JsonNode absent = PracticeApi.create(admin, EXCEPTIONS, absence);

        assertEquals(location, closed.path("locationId").asText());
        assertEquals(
                day.atTime(14, 0).atZone(MADRID).toInstant().toString(),
                closed.path("start").asText());
        assertEquals(practitioner, absent.path("practitionerId").asText());
        assertEquals(
                day.plusDays(3).atStartOfDay(MADRID).toInstant().toString(),
                absent.path("end").asText());
    }

    @Test
    void theKindDecidesWhatAnExceptionMayName() {
        Map<String, Object> holiday = exception("holiday", day.toString(), day.toString());
        holiday.put("practitionerId", UUID.randomUUID().toString());
        holiday.put("locationId", UUID.randomUUID().toString());
        assertInvalidFields(admin.post(EXCEPTIONS, holiday), "practitionerId", "locationId");

        assertInvalidFields(admin.post(EXCEPTIONS, exception("closure", day.toString(), day.toString())), "locationId");
        Map<String, Object> absence = exception("absence", day.toString(), day.toString());
        absence.put("practitionerId", UUID.randomUUID().toString());
        assertInvalidFields(admin.post(EXCEPTIONS, absence), "practitionerId");
        assertInvalidFields(admin.post(EXCEPTIONS, exception("strike", day.toString(), day.toString())), "kind");
        assertInvalidFields(admin.post(EXCEPTIONS, exception(null, null, null)), "kind", "start", "end");
    }

    @Test
    void timesMustBeReadableAndInOrder() {
        assertInvalidFields(admin.post(EXCEPTIONS, exception("holiday", "24/12/2026", "tomorrow")), "start", "end");
        assertInvalidFields(admin.post(EXCEPTIONS, exception("holiday", day + "T18:00", day + "T09:00")), "end");
        assertInvalidFields(
                admin.post(
                        EXCEPTIONS,
                        exception("holiday", day.toString(), day.plusDays(400).toString())),
                "end");
        Map<String, Object> longReason = exception("holiday", day.toString(), day.toString());
        longReason.put("reason", "r".repeat(301));
        assertInvalidFields(admin.post(EXCEPTIONS, longReason), "reason");
    }

    @Test
    void listsNeedABoundedRange() {
        assertInvalidFields(clinician.get(EXCEPTIONS), "from", "to");
        assertInvalidFields(clinician.get(EXCEPTIONS + "?from=2026-13-01&to=2026-01-01"), "from");
        assertInvalidFields(clinician.get(EXCEPTIONS + "?from=2026-02-01&to=2026-01-01"), "to");
        assertInvalidFields(clinician.get(EXCEPTIONS + "?from=2026-01-01&to=2027-01-02"), "to");
        assertEquals(
                200,
                clinician.get(EXCEPTIONS + "?from=2026-01-01&to=2027-01-01").status());
        assertEquals(
                200,
                clinician.get(EXCEPTIONS + "?from=2026-01-01&to=2026-12-31").status());
    }

    @Test
    void anAdminDeletesAnException() {
        JsonNode holiday = PracticeApi.create(admin, EXCEPTIONS, exception("holiday", day.toString(), day.toString()));
        String path = EXCEPTIONS + "/" + holiday.path("id").asText();

        assertProblem(clinician.send("DELETE", path, null), 403, "forbidden");
        assertEquals(204, admin.send("DELETE", path, null).status());
        assertProblem(clinician.get(path), 404, "not-found");
        assertProblem(admin.send("DELETE", path, null), 404, "not-found");
        assertProblem(admin.send("DELETE", EXCEPTIONS + "/nope", null), 404, "not-found");
    }

    @Test
    void onlyAdminsDeclareExceptions() {
        assertProblem(
                clinician.post(EXCEPTIONS, exception("holiday", day.toString(), day.toString())), 403, "forbidden");
    }

    private static Map<String, Object> exception(String kind, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("start", start);
        body.put("end", end);
        body.put("reason", "Creado por las pruebas");
        return body;
    }
}
