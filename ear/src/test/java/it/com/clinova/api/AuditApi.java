package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit endpoints, for tests whose subject is the trail. */
final class AuditApi {

    static final String EVENTS = "/api/v1/audit/events";
    static final String EXPORT = "/api/v1/audit/events/export";
    static final String VERIFICATION = "/api/v1/audit/verification";
    private static final int MAX_PAGES = 1_000;

    private AuditApi() {}

    static ApiResponse events(Api api, Map<String, String> query) {
        return api.get(EVENTS + queryString(query));
    }

    static ApiResponse export(Api api, Map<String, String> query) {
        return api.header("Accept", "text/csv").get(EXPORT + queryString(query));
    }

    /** Every matching row, newest first, following nextCursor to the last page. */
    static List<JsonNode> allEvents(Api api, Map<String, String> query, int limit) {
        List<JsonNode> found = new ArrayList<>();
        Map<String, String> page = new LinkedHashMap<>(query);
        page.put("limit", Integer.toString(limit));
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            ApiResponse response = events(api, page);
            assertEquals(200, response.status(), () -> "trail " + page + ": " + response);
            response.json().path("items").forEach(found::add);
            JsonNode next = response.json().path("nextCursor");
            if (next.isMissingNode() || next.isNull()) {
                return found;
            }
            page.put("cursor", next.asText());
        }
        throw new AssertionError("trail query " + query + " never reached its last page");
    }

    /** The rows of the trail that are not the trail's own readers. */
    static List<JsonNode> patientDataRows(List<JsonNode> rows) {
        return rows.stream()
                .filter(r -> !r.path("objectType").asText().equals("audit_trail"))
                .toList();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    static String queryString(Map<String, String> query) {
        return query.isEmpty()
                ? ""
                : "?"
                        + query.entrySet().stream()
                                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"));
    }

    /** The cells of each CSV record (RFC 4180), after the byte order mark; the header is the first. */
    static List<List<String>> csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertEquals(0, cell.length() + record.size(), "the CSV does not end with CRLF");
        return records;
    }
}
