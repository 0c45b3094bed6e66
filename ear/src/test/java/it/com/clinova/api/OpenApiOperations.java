package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The operations the server says it has, read from its OpenAPI document as {@code "METHOD /path"}.
 * Taking them from the running server rather than from a list in the tests is the point: a new
 * endpoint shows up here the day it is written, whether or not anyone remembered its tests.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private OpenApiOperations() {}

    static SortedSet<String> discover() {
        ApiResponse response = Api.at(Clinic.SONRISA).get("/openapi?format=JSON");
        assertEquals(200, response.status(), () -> "OpenAPI document: " + response);
        SortedSet<String> operations = new TreeSet<>();
        JsonNode paths = response.json().path("paths");
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = paths.path(path).fieldNames(); m.hasNext(); ) {
                String method = m.next();
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }
}
