package it.com.clinova.api;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The branding API's paths and a few calls the branding tests share. */
final class Brandings {

    static final String BRANDING = "/api/v1/branding";
    static final String LOGO = "/api/v1/branding/logo";
    static final String DOMAINS = "/api/v1/branding/domains";

    private Brandings() {}

    static ApiResponse uploadLogo(Api api, String ifMatch, byte[] image, String declaredType) {
        return (ifMatch == null ? api : api.header("If-Match", ifMatch))
                .sendRaw("PUT", LOGO, HttpRequest.BodyPublishers.ofByteArray(image), declaredType);
    }

    static Map<String, Object> body(String name, String primary, String accent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", name);
        body.put("primaryColour", primary);
        body.put("accentColour", accent);
        return body;
    }

    static String etag(Api api) {
        return api.get(BRANDING).header("ETag").orElseThrow();
    }
}
