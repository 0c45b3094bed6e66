package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

/**
 * A browser's visit to a portal page: follows redirects on the same host, keeping, replacing or
 * dropping the session cookie as the server says, until a page is shown.
 */
final class PortalVisit {

    private static final int MAX_HOPS = 5;

    private PortalVisit() {}

    /** The page finally shown, and the path it was shown at. */
    record Page(String path, ApiResponse response) {}

    static Page follow(Clinic clinic, String path, String cookie) {
        String at = path;
        String session = cookie;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            // "JSESSIONID=" is the server expiring the cookie: send none from then on.
            Api browser =
                    session.endsWith("=") ? Api.at(clinic) : Api.at(clinic).header("Cookie", session);
            ApiResponse response = browser.get(at);
            session = PortalSignIn.cookieOf(response).orElse(session);
            if (response.status() / 100 != 3) {
                return new Page(at, response);
            }
            URI location = URI.create(response.header("Location").orElseThrow());
            String host = location.getHost();
            assertTrue(
                    host == null || host.equals(clinic.hostName()), () -> "redirected off " + clinic + ": " + location);
            at = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        }
        throw new AssertionError(path + " at " + clinic + " redirects more than " + MAX_HOPS + " times");
    }
}
