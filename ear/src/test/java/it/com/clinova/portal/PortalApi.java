package it.com.clinova.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinic's REST API as a second user, so a browser test can change a patient behind the
 * browser's back. Java's client does not resolve {@code *.localhost}: it talks to loopback and
 * names the clinic in the Host header (allowed by the failsafe argLine).
 */
final class PortalApi {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String host;
    private String token;

    PortalApi(String clinic, String port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        this.host = clinic + ".localhost:" + port;
    }

    PortalApi signIn(String username, String password) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        HttpResponse<String> answer = send(json("/auth/token").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher found = TOKEN.matcher(answer.body());
        found.find();
        token = found.group(1);
        return this;
    }

    /** Registers a patient and answers its id. */
    String register(String patientJson) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                send(authorized("/patients").POST(HttpRequest.BodyPublishers.ofString(patientJson)));
        assertEquals(201, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Replaces a patient's details whatever their current version ({@code If-Match: *}). */
    void replace(String id, String patientJson) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(authorized("/patients/" + id)
                .header("If-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString(patientJson)));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private HttpRequest.Builder authorized(String path) {
        return json(path).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Host", host)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
