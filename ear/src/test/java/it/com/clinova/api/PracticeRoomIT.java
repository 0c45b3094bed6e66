package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.PracticeApi.ROOMS;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rooms: opened at a location, listed per location, renamed and deactivated; every error path. */
class PracticeRoomIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api clinician = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.CLINICIAN);
    private final JsonNode location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
    private final String roomsOfLocation = LOCATIONS + "/" + location.path("id").asText() + "/rooms";

    @Test
    void roomsAreOpenedAtALocationAndListedByName() {
        ApiResponse created = admin.post(roomsOfLocation, Map.of("name", "Gabinete B"));
        admin.post(roomsOfLocation, Map.of("name", "Gabinete A"));

        assertEquals(201, created.status(), created::toString);
        JsonNode room = created.json();
        String path = ROOMS + "/" + room.path("id").asText();
        assertTrue(created.header("Location").orElse("").endsWith(path), created::toString);
        assertEquals(PracticeApi.etag(room), created.header("ETag").orElse(""));
        assertEquals(location.path("id").asText(), room.path("locationId").asText());
        assertEquals(room, PracticeApi.read(clinician, path));
        JsonNode listed = PracticeApi.read(clinician, roomsOfLocation);
        assertEquals(List.of("Gabinete A", "Gabinete B"), PracticeDemoReadIT.texts(listed, "name"));
    }

    @Test
    void aRoomNameIsUniqueAtItsLocationOnly() {
        admin.post(roomsOfLocation, Map.of("name", "Sala 1"));
        assertProblem(admin.post(roomsOfLocation, Map.of("name", "Sala 1")), 409, "conflict");

        JsonNode elsewhere = PracticeApi.create(admin, LOCATIONS, PracticeApi.location());
        String otherRooms = LOCATIONS + "/" + elsewhere.path("id").asText() + "/rooms";
        assertEquals(201, admin.post(otherRooms, Map.of("name", "Sala 1")).status());
    }

    @Test
    void roomsAreRenamedAndDeactivatedWithTheirETag() {
        JsonNode room = PracticeApi.create(admin, roomsOfLocation, Map.of("name", "Cabina"));
        String path = ROOMS + "/" + room.path("id").asText();

        assertProblem(admin.put(path, Map.of("name", "Cabina 1")), 428, "precondition-required");
        assertProblem(admin.header("If-Match", "\"77\"").put(path, Map.of("name", "Cabina 1")), 412, "stale-version");
        ApiResponse changed =
                admin.header("If-Match", PracticeApi.etag(room)).put(path, Map.of("name", "Cabina 1", "active", false));

        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Cabina 1", changed.json().path("name").asText());
        assertFalse(changed.json().path("active").asBoolean());
        assertEquals(PracticeApi.etag(changed.json()), changed.header("ETag").orElse(""));
    }

    @Test
    void badNamesAndUnknownIdsAreRefused() {
        assertInvalidFields(admin.post(roomsOfLocation, Map.of("name", " ")), "name");
        assertInvalidFields(admin.post(roomsOfLocation, Map.of("name", "x".repeat(121))), "name");
        assertInvalidFields(admin.post(roomsOfLocation, Map.of("name", "Bell\u0007")), "name");
        String unknownLocation = LOCATIONS + "/" + UUID.randomUUID() + "/rooms";
        assertProblem(admin.post(unknownLocation, Map.of("name", "Sala")), 404, "not-found");
        assertProblem(clinician.get(unknownLocation), 404, "not-found");
        assertProblem(clinician.get(ROOMS + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(
                admin.header("If-Match", "*").put(ROOMS + "/" + UUID.randomUUID(), Map.of("name", "Sala")),
                404,
                "not-found");
    }

    @Test
    void onlyAdminsOpenOrChangeRooms() {
        JsonNode room = PracticeApi.create(admin, roomsOfLocation, Map.of("name", "Rayos"));
        String path = ROOMS + "/" + room.path("id").asText();

        assertProblem(clinician.post(roomsOfLocation, Map.of("name", "Otra")), 403, "forbidden");
        assertProblem(
                clinician.header("If-Match", PracticeApi.etag(room)).put(path, Map.of("name", "Otra")),
                403,
                "forbidden");
        assertEquals(room, PracticeApi.read(clinician, path));
    }
}
