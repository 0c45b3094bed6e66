package com.clinova.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * Drops a session cookie that this host does not honour, e.g. another clinic's session replayed
 * here. The authentication mechanism already ignores such a session, but Liberty's session
 * security still refuses any use of it by the now anonymous request, which would turn the
 * sign-in page into a server error. Expiring the cookie and asking again gives the visitor a
 * fresh, empty session at this clinic; the other clinic's session itself is left untouched.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForeignSessionCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_COOKIE = "JSESSIONID";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestedSessionId() != null && SignedInStaff.of(request).isEmpty() && !usable(request)) {
            Cookie expired = new Cookie(cookieName(request), "");
            expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            expired.setMaxAge(0);
            expired.setHttpOnly(true);
            response.addCookie(expired);
            // Only a GET is repeated; a form post made with a foreign session is not worth replaying.
            String target = "GET".equals(request.getMethod())
                    ? sameSitePath(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    : request.getContextPath() + "/login.xhtml";
            response.sendRedirect(target);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Rebuilt from the decoded parts: a raw URI such as {@code //evil.example/x} would leave the site. */
    private static String sameSitePath(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }

    private static boolean usable(HttpServletRequest request) {
        try {
            request.getSession(false);
            return true;
        } catch (RuntimeException refusedByContainer) {
            return false;
        }
    }

    private static String cookieName(HttpServletRequest request) {
        String configured = request.getServletContext().getSessionCookieConfig().getName();
        return configured == null ? DEFAULT_COOKIE : configured;
    }
}
