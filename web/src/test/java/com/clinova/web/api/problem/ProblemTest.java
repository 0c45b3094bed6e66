package com.clinova.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentConflictException.Resource;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aTakenTimeIsA409NamingTheResourceAndItsId() {
        UUID room = UUID.randomUUID();

        Problem problem = ProblemClassifier.classify(new AppointmentConflictException(Resource.ROOM, room))
                .orElseThrow();
        JsonObject json = Problems.toJson(problem, "/api/v1/appointments", "r-1");

        assertEquals("https://clinova.example/problems/appointment-conflict", json.getString("type"));
        assertEquals(409, json.getInt("status"));
        assertEquals("room", json.getString("resource"));
        assertEquals(room.toString(), json.getString("resourceId"));
    }

    @Test
    void aBodyTheClientSentBadlyIsA400() {
        Throwable wrapped = new IllegalStateException(new MalformedRequestBody(new JsonbException("unexpected end")));

        assertEquals(400, ProblemClassifier.classify(wrapped).orElseThrow().status());
    }

    @Test
    void aResponseWeCannotSerialiseIsOurBugNotTheClients() {
        assertTrue(ProblemClassifier.classify(new JsonbException("cannot serialise"))
                .isEmpty());
    }

    @Test
    void anExtensionMemberCannotShadowAStandardOne() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Problem("x", "X", 409, "x", List.of(), Map.of("status", "booked")));
    }
}
