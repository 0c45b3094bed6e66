package com.clinova.web.branding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogoServletTest {

    private static final String TAG = "\"ab12\"";

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        assertTrue(LogoServlet.matches("\"ab12\"", TAG));
        assertTrue(LogoServlet.matches("W/\"ab12\"", TAG));
        assertTrue(LogoServlet.matches("\"old\", \"ab12\"", TAG));
        assertTrue(LogoServlet.matches("*", TAG));
        assertFalse(LogoServlet.matches("\"old\"", TAG));
        assertFalse(LogoServlet.matches(null, TAG));
    }
}
