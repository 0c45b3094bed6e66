package it.com.clinova.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny black-box client: every request goes to 127.0.0.1 on the test server's port and names its
 * clinic only through the Host header, as a browser on {@code <clinic>.localhost} would. Instances
 * are immutable; {@link #as}, {@link #bearer} and {@link #header} return a changed copy.
 */
final class Api {

    static final int PORT = Integer.getInteger("clinova.it.http.port", 19080);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            // HTTP/2 (h2c upgrade) would name the server by :authority, i.e. 127.0.0.1, not by Host.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String host;
    private final Map<String, String> headers;
    private final int port;

    private Api(String host, Map<String, String> headers, int port) {
        this.host = host;
        this.headers = Map.copyOf(headers);
        this.port = port;
    }

    /** Anonymous calls to a clinic's host. */
    static Api at(Clinic clinic) {
        return at(clinic.hostName());
    }

    /** Anonymous calls to any host name (an unknown one, a custom domain). */
    static Api at(String hostName) {
        return new Api(hostName, Map.of(), PORT);
    }

    /** Calls as a demo user of this host's clinic, with a token fetched once per run. */
    Api as(Clinic clinic, User user) {
        return bearer(Tokens.of(clinic, user));
    }

    Api bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    Api header(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new Api(host, changed, port);
    }

    /** The same calls to another server of the cluster (a second node on another port). */
    Api onPort(int otherPort) {
        return new Api(host, headers, otherPort);
    }

    ApiResponse get(String path) {
        return send("GET", path, null);
    }

    ApiResponse post(String path, Object body) {
        return send("POST", path, toJson(body));
    }

    ApiResponse put(String path, Object body) {
        return send("PUT", path, toJson(body));
    }

    /** A GET whose answer is kept as bytes (a PDF), with its status and headers. */
    Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host + ":" + port)
                .GET();
        headers.forEach(request::setHeader);
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " on " + host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer. */
    record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

        java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** Sends a raw body (or none when null) as JSON, for requests a well-behaved client never makes. */
    ApiResponse send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host + ":" + port)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader); // set, so a test can replace Content-Type
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " on " + host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a raw body (an upload) with this Content-Type, or none when null; {@link
     * BodyPublishers#ofInputStream} sends it chunked, without a Content-Length.
     */
    ApiResponse sendRaw(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = request(path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::setHeader);
        var response = exchange(request, BodyHandlers.ofString(), method + " " + path);
        return new ApiResponse(response.statusCode(), response.headers(), response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", host + ":" + PORT);
    }

    private <T> HttpResponse<T> exchange(
            HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler, String what) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(what + " on " + host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String raw ? raw : ApiResponse.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
