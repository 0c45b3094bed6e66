package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What Liberty serves beside the application: health, metrics and the OpenAPI document. */
class PlatformEndpointsIT {

    private final Api api = Api.at(Clinic.SONRISA);

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        ApiResponse response = api.get("/health/ready");

        assertEquals(200, response.status(), response::toString);
        JsonNode health = response.json();
        assertEquals("UP", health.path("status").asText(), response::toString);
        JsonNode database = StreamSupport.stream(health.path("checks").spliterator(), false)
                .filter(c -> c.path("name").asText().equals("database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + response));
        assertEquals("UP", database.path("status").asText(), database::toString);
    }

    @Test
    void livenessIsUp() {
        ApiResponse response = api.get("/health/live");

        assertEquals(200, response.status(), response::toString);
        assertEquals("UP", response.json().path("status").asText());
    }

    @Test
    void metricsAreInPrometheusText() {
        ApiResponse response = api.get("/metrics");

        assertEquals(200, response.status(), () -> response.status() + " " + response.mediaType());
        assertEquals("text/plain", response.mediaType());
        assertTrue(response.body().contains("# TYPE "), "no Prometheus TYPE lines");
    }

    @Test
    void openApiIsYamlByDefaultAndListsThePatients() {
        ApiResponse response = api.get("/openapi");

        assertEquals(200, response.status(), response::toString);
        // Liberty labels its YAML text/plain; what matters is that it is the YAML document.
        assertTrue(response.body().lines().anyMatch(l -> l.startsWith("openapi: ")), "not an OpenAPI YAML document");
        assertTrue(response.body().contains("/api/v1/patients:"), "patients missing from the YAML document");
    }

    @Test
    void openApiIsJsonOnRequest() {
        for (ApiResponse response : new ApiResponse[] {
            api.get("/openapi?format=JSON"),
            api.header("Accept", "application/json").get("/openapi")
        }) {
            assertEquals(200, response.status(), response::toString);
            assertEquals("application/json", response.mediaType());
            JsonNode paths = response.json().path("paths");
            assertTrue(paths.has("/api/v1/patients"), () -> "paths: " + paths.fieldNames());
            assertTrue(paths.has("/api/v1/patients/{id}"));
            assertTrue(paths.has("/api/v1/auth/token"));
        }
    }
}
