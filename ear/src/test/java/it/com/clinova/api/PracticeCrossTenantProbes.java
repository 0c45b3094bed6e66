package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.EXCEPTIONS;
import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.PracticeApi.PRACTITIONERS;
import static it.com.clinova.api.PracticeApi.ROOMS;
import static it.com.clinova.api.PracticeApi.SERVICES;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.com.clinova.api.CrossTenantProbes.Probe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The practice operations' cross-tenant probes. Clinic A's practice is its demo practice (read
 * only, never changed here); clinic B's admin may use every role, and must neither see A's
 * locations, rooms, practitioners, services, weeks and exceptions, nor change them, nor use them
 * in B's own practice (A's staff account, practitioner, room or location named in B's writes).
 */
final class PracticeCrossTenantProbes {

    static final Map<String, Probe> REGISTRY = Map.ofEntries(
            Map.entry("GET " + LOCATIONS, p -> listHidesA(p, LOCATIONS, locationOfA())),
            Map.entry("POST " + LOCATIONS, PracticeCrossTenantProbes::openLocation),
            Map.entry("GET " + LOCATIONS + "/{id}", p -> readIsNotFound(p, LOCATIONS + "/" + locationOfA())),
            Map.entry(
                    "PUT " + LOCATIONS + "/{id}",
                    p -> changeIsNotFound(p, LOCATIONS + "/" + locationOfA(), PracticeApi.location())),
            Map.entry("GET " + LOCATIONS + "/{id}/rooms", p -> readIsNotFound(p, roomsOfA())),
            Map.entry("POST " + LOCATIONS + "/{id}/rooms", PracticeCrossTenantProbes::openRoom),
            Map.entry("GET " + ROOMS + "/{id}", p -> readIsNotFound(p, ROOMS + "/" + roomOfA())),
            Map.entry(
                    "PUT " + ROOMS + "/{id}",
                    p -> changeIsNotFound(p, ROOMS + "/" + roomOfA(), Map.of("name", "Robada"))),
            Map.entry("GET " + PRACTITIONERS, p -> listHidesA(p, PRACTITIONERS, practitionerOfA())),
            Map.entry("POST " + PRACTITIONERS, PracticeCrossTenantProbes::registerPractitioner),
            Map.entry(
                    "GET " + PRACTITIONERS + "/{id}", p -> readIsNotFound(p, PRACTITIONERS + "/" + practitionerOfA())),
            Map.entry(
                    "PUT " + PRACTITIONERS + "/{id}",
                    p -> changeIsNotFound(p, PRACTITIONERS + "/" + practitionerOfA(), PracticeApi.practitioner())),
            Map.entry("GET " + PRACTITIONERS + "/{id}/working-hours", p -> readIsNotFound(p, weekOfA())),
            Map.entry("PUT " + PRACTITIONERS + "/{id}/working-hours", PracticeCrossTenantProbes::replaceWeek),
            Map.entry("GET " + SERVICES, p -> listHidesA(p, SERVICES, serviceOfA())),
            Map.entry("POST " + SERVICES, PracticeCrossTenantProbes::offerService),
            Map.entry("GET " + SERVICES + "/{id}", p -> readIsNotFound(p, SERVICES + "/" + serviceOfA())),
            Map.entry(
                    "PUT " + SERVICES + "/{id}",
                    p -> changeIsNotFound(p, SERVICES + "/" + serviceOfA(), PracticeApi.service(List.of(), List.of()))),
            Map.entry("GET " + EXCEPTIONS, PracticeCrossTenantProbes::listExceptions),
            Map.entry("POST " + EXCEPTIONS, PracticeCrossTenantProbes::declareException),
            Map.entry("GET " + EXCEPTIONS + "/{id}", p -> readIsNotFound(p, EXCEPTIONS + "/" + exceptionOfA(p))),
            Map.entry("DELETE " + EXCEPTIONS + "/{id}", PracticeCrossTenantProbes::deleteException));

    private PracticeCrossTenantProbes() {}

    private static String locationOfA() {
        return DemoPractice.id(TenantPair.A, "location", DemoPractice.CENTRO);
    }

    private static String roomsOfA() {
        return LOCATIONS + "/" + locationOfA() + "/rooms";
    }

    private static String roomOfA() {
        return DemoPractice.id(TenantPair.A, "room", "Gabinete 1");
    }

    private static String practitionerOfA() {
        return DemoPractice.id(TenantPair.A, "practitioner", DemoPractice.VIDAL);
    }

    private static String weekOfA() {
        return PRACTITIONERS + "/" + practitionerOfA() + "/working-hours";
    }

    private static String serviceOfA() {
        return DemoPractice.id(TenantPair.A, "service", "Implante dental");
    }

    /** One of A's demo exceptions (their ids change with the seed day, so A lists them). */
    private static String exceptionOfA(TenantPair pair) {
        JsonNode ofA = PracticeApi.read(
                pair.asA,
                EXCEPTIONS + "?from=" + LocalDate.now().minusDays(1) + "&to="
                        + LocalDate.now().plusDays(60));
        assertFalse(ofA.isEmpty(), "A has no exceptions to probe with");
        return ofA.get(0).path("id").asText();
    }

    /** B's list, on every page, names none of A's; A's own cursor is refused at B. */
    private static void listHidesA(TenantPair pair, String list, String idOfA) {
        assertFalse(PracticeApi.ids(PracticeApi.all(pair.asB, list)).contains(idOfA), () -> list + " at B shows A's");
        String cursorOfA =
                PracticeApi.read(pair.asA, list + "?limit=1").path("nextCursor").asText();
        assertInvalidFields(pair.asB.get(list + "?cursor=" + cursorOfA), "cursor");
        assertTokenRefused(pair.tokenOfAOnB.get(list));
        assertTokenRefused(pair.tokenOfBOnA.get(list));
    }

    /** B gets exactly what an id that never existed gets, ETag or not; foreign tokens get nothing. */
    private static void readIsNotFound(TenantPair pair, String pathOfA) {
        String unknown = pathOfA.replaceAll(
                "[0-9a-f]{8}-[0-9a-f-]{27}", UUID.randomUUID().toString());
        assertProblem(pair.asB.get(unknown), 404, "not-found");
        assertProblem(pair.asB.get(pathOfA), 404, "not-found");
        assertProblem(pair.asB.header("If-None-Match", "\"1\"").get(pathOfA), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.get(pathOfA));
        assertTokenRefused(pair.tokenOfBOnA.get(pathOfA));
    }

    private static void changeIsNotFound(TenantPair pair, String pathOfA, Map<String, Object> change) {
        JsonNode before = PracticeApi.read(pair.asA, pathOfA);
        for (String etag : List.of("*", PracticeApi.etag(before))) {
            assertProblem(pair.asB.header("If-Match", etag).put(pathOfA, change), 404, "not-found");
        }
        assertTokenRefused(pair.tokenOfAOnB.header("If-Match", "*").put(pathOfA, change));
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").put(pathOfA, change));
        assertEquals(before, PracticeApi.read(pair.asA, pathOfA), "B changed A's " + pathOfA);
    }

    /** Names are unique per clinic only: B may open a location called like A's, which A never sees. */
    private static void openLocation(TenantPair pair) {
        Map<String, Object> body = PracticeApi.location();
        body.put("name", DemoPractice.CENTRO);
        JsonNode ofB = PracticeApi.create(pair.asB, LOCATIONS, PracticeApi.location());
        ApiResponse sameName = pair.asB.post(LOCATIONS, body);
        assertTrue(List.of(201, 409).contains(sameName.status()), sameName::toString); // 409: an earlier run's
        assertProblem(pair.asA.get(LOCATIONS + "/" + ofB.path("id").asText()), 404, "not-found");
        assertTokenRefused(pair.tokenOfAOnB.post(LOCATIONS, PracticeApi.location()));
        assertTokenRefused(pair.tokenOfBOnA.post(LOCATIONS, PracticeApi.location()));
    }

    private static void openRoom(TenantPair pair) {
        List<String> before = PracticeApi.ids(PracticeApi.read(pair.asA, roomsOfA()));
        assertProblem(pair.asB.post(roomsOfA(), Map.of("name", "Intrusa")), 404, "not-found");
        assertTokenRefused(pair.tokenOfBOnA.post(roomsOfA(), Map.of("name", "Intrusa")));
        assertEquals(before, PracticeApi.ids(PracticeApi.read(pair.asA, roomsOfA())));
    }

    /** B cannot link A's staff account, even the clinician's that A has linked. */
    private static void registerPractitioner(TenantPair pair) {
        for (String account :
                List.of(DemoPractice.userId(TenantPair.A, "clinician"), DemoPractice.userId(TenantPair.A, "billing"))) {
            Map<String, Object> body = PracticeApi.practitioner();
            body.put("userId", account);
            assertInvalidFields(pair.asB.post(PRACTITIONERS, body), "userId");
        }
        JsonNode ofB = PracticeApi.create(pair.asB, PRACTITIONERS, PracticeApi.practitioner());
        assertProblem(pair.asA.get(PRACTITIONERS + "/" + ofB.path("id").asText()), 404, "not-found");
        assertTokenRefused(pair.tokenOfBOnA.post(PRACTITIONERS, PracticeApi.practitioner()));
    }

    /** A's week stays as it was; B's own practitioner cannot work at A's location. */
    private static void replaceWeek(TenantPair pair) {
        JsonNode before = PracticeApi.read(pair.asA, weekOfA());
        Map<String, Object> week = PracticeApi.week(List.of());
        assertProblem(pair.asB.header("If-Match", "*").put(weekOfA(), week), 404, "not-found");
        assertTokenRefused(pair.tokenOfBOnA.header("If-Match", "*").put(weekOfA(), week));
        assertEquals(before, PracticeApi.read(pair.asA, weekOfA()), "B changed A's week");

        JsonNode ofB = PracticeApi.create(pair.asB, PRACTITIONERS, PracticeApi.practitioner());
        String weekOfB = PRACTITIONERS + "/" + ofB.path("id").asText() + "/working-hours";
        Map<String, Object> atA =
                PracticeApi.week(List.of(PracticeApi.block(locationOfA(), "monday", "09:00", "10:00")));
        assertInvalidFields(pair.asB.header("If-Match", "*").put(weekOfB, atA), "blocks[0]");
    }

    /** B's service cannot be performed by A's practitioner or take place in A's room. */
    private static void offerService(TenantPair pair) {
        Map<String, Object> body = PracticeApi.service(List.of(practitionerOfA()), List.of(roomOfA()));
        assertInvalidFields(pair.asB.post(SERVICES, body), "practitionerIds", "roomIds");
        assertTokenRefused(pair.tokenOfBOnA.post(SERVICES, PracticeApi.service(List.of(), List.of())));
        assertTokenRefused(pair.tokenOfAOnB.post(SERVICES, PracticeApi.service(List.of(), List.of())));
    }

    private static void listExceptions(TenantPair pair) {
        String idOfA = exceptionOfA(pair);
        String range = "?from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(60);
        assertFalse(
                PracticeApi.ids(PracticeApi.read(pair.asB, EXCEPTIONS + range)).contains(idOfA));
        assertTokenRefused(pair.tokenOfAOnB.get(EXCEPTIONS + range));
        assertTokenRefused(pair.tokenOfBOnA.get(EXCEPTIONS + range));
    }

    /** B cannot close A's location or mark A's practitioner absent. */
    private static void declareException(TenantPair pair) {
        String day = LocalDate.now().plusDays(5).toString();
        Map<String, Object> closure = Map.of("kind", "closure", "locationId", locationOfA(), "start", day, "end", day);
        assertInvalidFields(pair.asB.post(EXCEPTIONS, closure), "locationId");
        Map<String, Object> absence =
                Map.of("kind", "absence", "practitionerId", practitionerOfA(), "start", day, "end", day);
        assertInvalidFields(pair.asB.post(EXCEPTIONS, absence), "practitionerId");
        assertTokenRefused(pair.tokenOfBOnA.post(EXCEPTIONS, Map.of("kind", "holiday", "start", day, "end", day)));
    }

    private static void deleteException(TenantPair pair) {
        String idOfA = exceptionOfA(pair);
        assertProblem(pair.asB.send("DELETE", EXCEPTIONS + "/" + idOfA, null), 404, "not-found");
        assertTokenRefused(pair.tokenOfBOnA.send("DELETE", EXCEPTIONS + "/" + idOfA, null));
        assertEquals(200, pair.asA.get(EXCEPTIONS + "/" + idOfA).status(), "B deleted A's exception");
    }
}
