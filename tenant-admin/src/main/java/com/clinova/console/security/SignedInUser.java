package com.clinova.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Where the console keeps its signed-in user: the session (pages) and the request (both). */
public final class SignedInUser {

    private static final String ATTRIBUTE = SignedInUser.class.getName();

    private SignedInUser() {}

    public static Optional<ConsoleUser> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ConsoleUser user ? Optional.of(user) : Optional.empty();
    }

    static Optional<ConsoleUser> inSession(HttpServletRequest request) {
        HttpSession session;
        try {
            session = request.getSession(false);
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
        return session != null && session.getAttribute(ATTRIBUTE) instanceof ConsoleUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    static void onRequest(HttpServletRequest request, ConsoleUser user) {
        request.setAttribute(ATTRIBUTE, user);
    }

    static void keepInSession(HttpServletRequest request, ConsoleUser user) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: an anonymous session gets a new id
        }
        request.getSession(true).setAttribute(ATTRIBUTE, user);
    }
}
