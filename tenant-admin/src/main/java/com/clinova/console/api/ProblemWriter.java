package com.clinova.console.api;

import com.clinova.console.edge.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Renders problems for JAX-RS responses and for raw servlet responses (the edge filter) alike. */
@ApplicationScoped
public class ProblemWriter {

    public Response response(Problem problem, HttpServletRequest request) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(toJson(problem, request.getRequestURI(), RequestIds.of(request))
                        .toString());
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova-console\"");
        }
        return response.build();
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova-console\"");
        }
        response.getWriter()
                .write(toJson(problem, request.getRequestURI(), RequestIds.of(request))
                        .toString());
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
        json.add("requestId", requestId);
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
