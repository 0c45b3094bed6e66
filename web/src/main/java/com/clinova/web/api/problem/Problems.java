package com.clinova.web.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Renders problems as JSON for JAX-RS responses and for raw servlet responses alike. */
@ApplicationScoped
public class Problems {

    public static Problem unknownClinic() {
        return new Problem("unknown-clinic", "Unknown clinic", 404, "No clinic is served at this address.");
    }

    public static Problem unavailable() {
        return new Problem(
                "service-unavailable",
                "Service unavailable",
                503,
                "Clinova cannot reach its database; try again shortly.");
    }

    public static Problem notAuthenticated() {
        return new Problem(
                "not-authenticated", "Not authenticated", 401, "Send a valid bearer token (POST /api/v1/auth/token).");
    }

    public static Problem invalidToken() {
        return new Problem(
                "invalid-token", "Invalid token", 401, "The bearer token is invalid, expired or not for this clinic.");
    }

    public Response response(Problem problem, String instance, String requestId) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(toJson(problem, instance, requestId).toString())
                .build();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"clinova\"");
        }
        String json =
                toJson(problem, request.getRequestURI(), RequestIds.of(request)).toString();
        response.getWriter().write(json);
    }

    static JsonObject toJson(Problem problem, String instance, String requestId) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail());
        if (instance != null) {
            json.add("instance", instance);
        }
        if (requestId != null) {
            json.add("requestId", requestId);
        }
        problem.members().forEach(json::add);
        if (!problem.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            problem.errors()
                    .forEach(e -> errors.add(
                            Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", errors);
        }
        return json.build();
    }
}
