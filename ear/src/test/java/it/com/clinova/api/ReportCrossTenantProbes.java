package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertProblem;
import static it.com.clinova.api.Problems.assertTokenRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import it.com.clinova.api.CrossTenantProbes.Probe;
import java.util.Map;

/**
 * The reports as clinic B: A's practitioner has no day list at B (the same 404 as an id that never
 * existed), and B's figures over A's busy week name none of A's practitioners or rooms.
 */
final class ReportCrossTenantProbes {

    private static final String WEEK = "?from=" + ReportFixture.MONDAY + "&to=" + ReportFixture.MONDAY.plusDays(7);

    static final Map<String, Probe> REGISTRY = Map.of(
            "GET " + ReportsIT.PATH + "/day-list",
            ReportCrossTenantProbes::dayList,
            "GET " + ReportsIT.PATH + "/practitioner-utilisation",
            p -> figuresHideA(p, "/practitioner-utilisation", "practitionerId", fixture().practitioner),
            "GET " + ReportsIT.PATH + "/room-utilisation",
            p -> figuresHideA(p, "/room-utilisation", "roomId", fixture().room),
            "GET " + ReportsIT.PATH + "/no-shows",
            p -> figuresHideA(p, "/no-shows", "practitionerId", fixture().practitioner));

    private ReportCrossTenantProbes() {}

    private static ReportFixture fixture() {
        return ReportFixture.shared(); // in clinic A (sonrisa)
    }

    static void dayList(TenantPair pair) {
        String day = ReportFixture.MONDAY.toString();
        assertEquals(
                2,
                pair.asA
                        .get(ReportsIT.dayList(fixture().practitioner, day))
                        .json()
                        .path("appointments")
                        .size());
        JsonNode ofA = assertProblem(pair.asB.get(ReportsIT.dayList(fixture().practitioner, day)), 404, "not-found");
        String unknown = java.util.UUID.randomUUID().toString();
        JsonNode never = assertProblem(pair.asB.get(ReportsIT.dayList(unknown, day)), 404, "not-found");
        assertEquals(
                never.path("detail").asText().replace(unknown, "{id}"),
                ofA.path("detail").asText().replace(fixture().practitioner, "{id}"));
        assertTokenRefused(pair.tokenOfAOnB.get(ReportsIT.dayList(fixture().practitioner, day)));
        assertTokenRefused(pair.tokenOfBOnA.get(ReportsIT.dayList(fixture().practitioner, day)));
    }

    private static void figuresHideA(TenantPair pair, String report, String idField, String idOfA) {
        ReportsIT.rowOf(pair.asA.get(ReportsIT.PATH + report + WEEK), idField, idOfA);
        ApiResponse atB = pair.asB.get(ReportsIT.PATH + report + WEEK);
        assertEquals(200, atB.status(), atB::toString);
        for (JsonNode row : atB.json().path("rows")) {
            assertFalse(row.path(idField).asText().equals(idOfA), () -> report + " at B shows A's " + idOfA);
        }
        assertTokenRefused(pair.tokenOfAOnB.get(ReportsIT.PATH + report + WEEK));
        assertTokenRefused(pair.tokenOfBOnA.get(ReportsIT.PATH + report + WEEK));
    }
}
