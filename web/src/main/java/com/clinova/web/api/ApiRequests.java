package com.clinova.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * Whether a request is for the REST API. Decided on the container's decoded and normalised path,
 * never the raw URI, so {@code /%61pi/...} or dot segments cannot make an API call look like a
 * portal request (where a session cookie would authenticate it).
 */
public final class ApiRequests {

    private ApiRequests() {}

    public static boolean isApiCall(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return path.startsWith("/api/");
    }
}
