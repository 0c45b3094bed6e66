package com.clinova.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentConflictException.Resource;
import jakarta.json.JsonObject;
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
    void anExtensionMemberCannotShadowAStandardOne() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Problem("x", "X", 409, "x", List.of(), Map.of("status", "booked")));
    }
}
