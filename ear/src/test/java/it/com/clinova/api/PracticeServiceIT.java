package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.PracticeApi.PRACTITIONERS;
import static it.com.clinova.api.PracticeApi.SERVICES;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Services: priced in the clinic's currency, performed by practitioners, in rooms; every error path. */
class PracticeServiceIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api frontDesk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);
    private final String practitioner = PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner())
            .path("id")
            .asText();
    private final String location = PracticeApi.create(admin, LOCATIONS, PracticeApi.location())
            .path("id")
            .asText();
    private final String room = PracticeApi.create(
                    admin, LOCATIONS + "/" + location + "/rooms", Map.of("name", "Gabinete"))
            .path("id")
            .asText();

    @Test
    void anAdminOffersAServiceInTheClinicsCurrency() {
        Map<String, Object> body = PracticeApi.service(List.of(practitioner), List.of(room));
        ApiResponse created = admin.post(SERVICES, body);

        assertEquals(201, created.status(), created::toString);
        JsonNode service = created.json();
        String path = SERVICES + "/" + service.path("id").asText();
        assertTrue(created.header("Location").orElse("").endsWith(path), created::toString);
        assertEquals("EUR", service.path("currency").asText());
        assertEquals(0, new BigDecimal("45.50").compareTo(service.path("price").decimalValue()));
        assertEquals(30, service.path("durationMinutes").asInt());
        assertEquals(List.of(practitioner), PracticeDemoReadIT.texts(service.path("practitionerIds")));
        assertEquals(List.of(room), PracticeDemoReadIT.texts(service.path("roomIds")));
        assertEquals(service, PracticeApi.read(frontDesk, path));
    }

    @Test
    void aServiceMayNeedNoRoom() {
        JsonNode service = PracticeApi.create(admin, SERVICES, PracticeApi.service(List.of(practitioner), List.of()));
        assertEquals(0, service.path("roomIds").size());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> body = PracticeApi.service(List.of(UUID.randomUUID().toString()), List.of("room?"));
        body.put("name", "");
        body.put("durationMinutes", 3);
        body.put("price", -1);
        body.put("description", "z".repeat(2001));
        assertInvalidFields(
                admin.post(SERVICES, body),
                "name",
                "durationMinutes",
                "price",
                "description",
                "practitionerIds",
                "roomIds");

        body.put("roomIds", List.of(UUID.randomUUID().toString()));
        assertInvalidFields(
                admin.post(SERVICES, body),
                "name",
                "durationMinutes",
                "price",
                "description",
                "practitionerIds",
                "roomIds");
        Map<String, Object> missing = Map.of("name", PracticeApi.unique("Sin precio"));
        assertInvalidFields(admin.post(SERVICES, missing), "durationMinutes", "price");
    }

    @Test
    void pricesHaveAtMostTwoDecimalsAndDurationsAtMostEightHours() {
        Map<String, Object> body = PracticeApi.service(List.of(practitioner), List.of());
        body.put("price", new BigDecimal("10.005"));
        body.put("durationMinutes", 481);
        assertInvalidFields(admin.post(SERVICES, body), "price", "durationMinutes");
        body.put("price", "ten euros");
        assertProblem(admin.post(SERVICES, body), 400, "malformed-request");
    }

    @Test
    void inactivePractitionersAndRoomsCannotBeNewlyAssigned() {
        JsonNode other = PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner());
        Map<String, Object> deactivate = PracticeApi.practitioner();
        deactivate.put("active", false);
        admin.header("If-Match", PracticeApi.etag(other))
                .put(PRACTITIONERS + "/" + other.path("id").asText(), deactivate);
        JsonNode otherRoom = PracticeApi.create(
                admin, LOCATIONS + "/" + location + "/rooms", Map.of("name", PracticeApi.unique("Sala")));
        admin.header("If-Match", PracticeApi.etag(otherRoom))
                .put(
                        PracticeApi.ROOMS + "/" + otherRoom.path("id").asText(),
                        Map.of("name", otherRoom.path("name").asText(), "active", false));

        Map<String, Object> body = PracticeApi.service(
                List.of(other.path("id").asText()), List.of(otherRoom.path("id").asText()));
        assertInvalidFields(admin.post(SERVICES, body), "practitionerIds", "roomIds");
    }

    @Test
    void changesReplaceAssignmentsWithTheCurrentETag() {
        JsonNode service =
                PracticeApi.create(admin, SERVICES, PracticeApi.service(List.of(practitioner), List.of(room)));
        String path = SERVICES + "/" + service.path("id").asText();
        Map<String, Object> change = PracticeApi.service(List.of(), List.of());
        change.put("active", false);

        assertProblem(admin.put(path, change), 428, "precondition-required");
        assertProblem(admin.header("If-Match", "\"0\"").put(path, change), 412, "stale-version");
        ApiResponse changed =
                admin.header("If-Match", PracticeApi.etag(service)).put(path, change);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(0, changed.json().path("practitionerIds").size());
        assertEquals(0, changed.json().path("roomIds").size());
        assertFalse(changed.json().path("active").asBoolean());
        assertEquals(changed.json(), PracticeApi.read(frontDesk, path));
    }

    @Test
    void namesAreUniqueAndUnknownServicesNotFound() {
        Map<String, Object> body = PracticeApi.service(List.of(practitioner), List.of());
        PracticeApi.create(admin, SERVICES, body);
        assertProblem(admin.post(SERVICES, body), 409, "conflict");
        assertProblem(frontDesk.get(SERVICES + "/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(admin.header("If-Match", "*").put(SERVICES + "/" + UUID.randomUUID(), body), 404, "not-found");
    }

    @Test
    void theListIsPagedAndOnlyAdminsChangeServices() {
        JsonNode service = PracticeApi.create(admin, SERVICES, PracticeApi.service(List.of(practitioner), List.of()));
        List<JsonNode> all = PracticeApi.all(frontDesk, SERVICES);
        assertTrue(PracticeApi.ids(all).contains(service.path("id").asText()));
        assertEquals(
                1,
                PracticeApi.read(frontDesk, SERVICES + "?limit=1").path("items").size());

        assertProblem(frontDesk.post(SERVICES, PracticeApi.service(List.of(), List.of())), 403, "forbidden");
        assertProblem(
                frontDesk
                        .header("If-Match", "*")
                        .put(SERVICES + "/" + service.path("id").asText(), PracticeApi.service(List.of(), List.of())),
                403,
                "forbidden");
    }
}
