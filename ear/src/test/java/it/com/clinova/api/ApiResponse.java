package it.com.clinova.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the server answered, with the few readers the tests need. */
record ApiResponse(int status, HttpHeaders headers, String body) {

    static final ObjectMapper JSON = new ObjectMapper();

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters such as charset, lower case; empty string when absent. */
    String mediaType() {
        return header("Content-Type")
                .map(t -> t.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + mediaType() + " " + body;
    }
}
