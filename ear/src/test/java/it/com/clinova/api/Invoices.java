package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The billing endpoints, for tests whose subject is something else (fixtures, probes) or a step. */
final class Invoices {

    static final String PATH = "/api/v1/invoices";
    static final String SETTINGS = "/api/v1/billing/settings";

    private Invoices() {}

    static ApiResponse draftResponse(Api api, String patientId, List<String> appointmentIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patientId);
        body.put("appointmentIds", appointmentIds);
        return api.post(PATH, body);
    }

    /** Drafts an invoice and returns it as the API shows it; fails unless 201. */
    static JsonNode draft(Api api, String patientId, List<String> appointmentIds) {
        ApiResponse response = draftResponse(api, patientId, appointmentIds);
        assertEquals(201, response.status(), () -> "draft for " + patientId + ": " + response);
        return response.json();
    }

    /** A draft for the patient with one free line of this unit price. */
    static JsonNode draftWithLine(Api api, String patientId, String unitPrice) {
        return addLine(api, draft(api, patientId, List.of()), freeLine("Material " + unitPrice, unitPrice));
    }

    /** A free line body: description and price, quantity 1, no discount. */
    static Map<String, Object> freeLine(String description, String unitPrice) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", description);
        line.put("unitPrice", unitPrice);
        return line;
    }

    static JsonNode addLine(Api api, JsonNode invoice, Map<String, Object> line) {
        ApiResponse response = api.header("If-Match", etagOf(invoice)).post(pathOf(invoice) + "/lines", line);
        assertEquals(200, response.status(), () -> "add " + line + ": " + response);
        return response.json();
    }

    static JsonNode issue(Api api, JsonNode invoice) {
        ApiResponse response = change(api, invoice, "issue", null);
        assertEquals(200, response.status(), () -> "issue: " + response);
        return response.json();
    }

    /** An issued invoice of the patient with one free line of this unit price. */
    static JsonNode issuedWithLine(Api api, String patientId, String unitPrice) {
        return issue(api, draftWithLine(api, patientId, unitPrice));
    }

    /** POSTs {@code issue}, {@code void} or {@code payments} with the invoice's current ETag. */
    static ApiResponse change(Api api, JsonNode invoice, String action, Object body) {
        Api guarded = api.header("If-Match", etagOf(invoice));
        String path = pathOf(invoice) + "/" + action;
        return body == null ? guarded.send("POST", path, null) : guarded.post(path, body);
    }

    static ApiResponse pay(Api api, JsonNode invoice, String method, String amount, String reference) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("method", method);
        payment.put("amount", amount);
        if (reference != null) {
            payment.put("reference", reference);
        }
        return change(api, invoice, "payments", payment);
    }

    static JsonNode read(Api api, JsonNode invoice) {
        ApiResponse response = api.get(pathOf(invoice));
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    static String pathOf(JsonNode invoice) {
        return PATH + "/" + invoice.path("id").asText();
    }

    static String etagOf(JsonNode invoice) {
        return "\"" + invoice.path("version").asLong() + "\"";
    }

    static String balancePath(String patientId) {
        return "/api/v1/billing/patients/" + patientId + "/balance";
    }

    static String billablePath(String patientId) {
        return "/api/v1/billing/patients/" + patientId + "/billable-appointments";
    }
}
