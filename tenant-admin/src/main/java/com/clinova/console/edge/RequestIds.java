package com.clinova.console.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request's id: the client's sane {@code X-Request-Id}, otherwise a fresh UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private RequestIds() {}

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String sent = request.getHeader(HEADER);
            id = sent != null && SANE.matcher(sent).matches()
                    ? sent
                    : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }
}
