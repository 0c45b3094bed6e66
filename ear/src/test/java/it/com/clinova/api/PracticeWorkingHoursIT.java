package it.com.clinova.api;

import static it.com.clinova.api.PracticeApi.LOCATIONS;
import static it.com.clinova.api.PracticeApi.PRACTITIONERS;
import static it.com.clinova.api.PracticeApi.block;
import static it.com.clinova.api.PracticeApi.week;
import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A practitioner's week: replaced as a whole with its ETag; overlaps and bad blocks are named. */
class PracticeWorkingHoursIT {

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);
    private final Api frontDesk = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.FRONT_DESK);
    private final String centro = PracticeApi.create(admin, LOCATIONS, PracticeApi.location())
            .path("id")
            .asText();
    private final String norte = PracticeApi.create(admin, LOCATIONS, PracticeApi.location())
            .path("id")
            .asText();
    private final String hours = PRACTITIONERS + "/"
            + PracticeApi.create(admin, PRACTITIONERS, PracticeApi.practitioner())
                    .path("id")
                    .asText()
            + "/working-hours";

    @Test
    void aNewPractitionerHasAnEmptyWeekThatIsReplacedAsAWhole() {
        ApiResponse empty = frontDesk.get(hours);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals(0, empty.json().path("blocks").size());

        List<Map<String, Object>> blocks = List.of(
                block(centro, "monday", "09:00", "14:00"),
                block(norte, "monday", "16:00", "19:30"),
                block(centro, "saturday", "10:00", "14:00"));
        ApiResponse replaced = admin.header("If-Match", etag(empty)).put(hours, week(blocks));

        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(List.of("monday 09:00-14:00", "monday 16:00-19:30", "saturday 10:00-14:00"), blocks(replaced));
        assertEquals(etag(replaced), replaced.header("ETag").orElse(""));
        assertNotEquals(etag(empty), etag(replaced));
        assertEquals(replaced.json(), PracticeApi.read(frontDesk, hours));

        ApiResponse cleared = admin.header("If-Match", etag(replaced)).put(hours, week(List.of()));
        assertEquals(List.of(), blocks(cleared));
    }

    @Test
    void overlappingBlocksAreNamedEvenAtDifferentLocations() {
        List<Map<String, Object>> blocks = List.of(
                block(centro, "tuesday", "09:00", "14:00"),
                block(norte, "tuesday", "13:30", "18:00"),
                block(centro, "tuesday", "18:00", "19:00"));

        JsonNode problem = assertProblemWithFields(admin.header("If-Match", "*").put(hours, week(blocks)), "blocks[1]");
        assertEquals(
                "overlaps blocks[0] on tuesday (09:00–14:00)",
                problem.path("errors").get(0).path("message").asText());
        assertEquals(0, PracticeApi.read(frontDesk, hours).path("blocks").size(), "nothing was stored");
    }

    @Test
    void everyUnreadableOrImpossibleBlockIsNamed() {
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(block(centro, "someday", "25:00", "14:00"));
        blocks.add(block("not-an-id", "friday", "09:00", "14:00"));
        assertInvalidFields(
                admin.header("If-Match", "*").put(hours, week(blocks)),
                "blocks[0].day",
                "blocks[0].start",
                "blocks[1].locationId");

        List<Map<String, Object>> impossible = List.of(
                block(centro, "friday", "14:00", "09:00"),
                block(UUID.randomUUID().toString(), "friday", "15:00", "16:00"),
                block(centro, "friday", "16:00:30", "17:00"));
        assertInvalidFields(
                admin.header("If-Match", "*").put(hours, week(impossible)), "blocks[0]", "blocks[1]", "blocks[2]");
        assertInvalidFields(admin.header("If-Match", "*").put(hours, Map.of()), "blocks");
    }

    @Test
    void newBlocksNeedAnActiveLocation() {
        JsonNode location = PracticeApi.read(admin, LOCATIONS + "/" + norte);
        Map<String, Object> inactive = PracticeApi.location();
        inactive.put("name", location.path("name").asText());
        inactive.put("active", false);
        assertEquals(
                200,
                admin.header("If-Match", PracticeApi.etag(location))
                        .put(LOCATIONS + "/" + norte, inactive)
                        .status());

        assertInvalidFields(
                admin.header("If-Match", "*").put(hours, week(List.of(block(norte, "monday", "09:00", "10:00")))),
                "blocks[0]");
    }

    @Test
    void replacingNeedsTheCurrentWeeksETag() {
        ApiResponse current = frontDesk.get(hours);
        List<Map<String, Object>> blocks = List.of(block(centro, "wednesday", "08:00", "12:00"));

        assertProblem(admin.put(hours, week(blocks)), 428, "precondition-required");
        assertProblem(admin.header("If-Match", "\"stale\"").put(hours, week(blocks)), 412, "stale-version");
        assertEquals(
                200,
                admin.header("If-Match", etag(current)).put(hours, week(blocks)).status());
        assertProblem(admin.header("If-Match", etag(current)).put(hours, week(blocks)), 412, "stale-version");
        assertEquals(
                304,
                frontDesk
                        .header("If-None-Match", etag(frontDesk.get(hours)))
                        .get(hours)
                        .status());
    }

    @Test
    void onlyAdminsReplaceAWeekAndUnknownPractitionersAreNotFound() {
        List<Map<String, Object>> blocks = List.of(block(centro, "thursday", "08:00", "12:00"));
        assertProblem(frontDesk.header("If-Match", "*").put(hours, week(blocks)), 403, "forbidden");
        String unknown = PRACTITIONERS + "/" + UUID.randomUUID() + "/working-hours";
        assertProblem(frontDesk.get(unknown), 404, "not-found");
        assertProblem(admin.header("If-Match", "*").put(unknown, week(blocks)), 404, "not-found");
    }

    private static String etag(ApiResponse week) {
        return "\"" + week.json().path("tag").asText() + "\"";
    }

    private static List<String> blocks(ApiResponse week) {
        List<String> found = new ArrayList<>();
        week.json()
                .path("blocks")
                .forEach(b -> found.add(b.path("day").asText() + " "
                        + b.path("start").asText() + "-" + b.path("end").asText()));
        return found;
    }

    private static JsonNode assertProblemWithFields(ApiResponse response, String... fields) {
        assertInvalidFields(response, fields);
        return response.json();
    }
}
