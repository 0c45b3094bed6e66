package com.clinova.web.security;

import com.clinova.tenancy.api.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where the signed-in staff member is kept: in the HTTP session (portal) and on the request
 * (both audiences). The session attribute carries its tenant, and is only honoured on that
 * tenant's host, so a session cookie replayed on another clinic's host signs in nobody.
 */
public final class SignedInStaff {

    static final String SESSION_ATTRIBUTE = "clinova.staff";
    private static final String REQUEST_ATTRIBUTE = SignedInStaff.class.getName();

    private SignedInStaff() {}

    static Optional<StaffMember> inSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((StaffMember) session.getAttribute(SESSION_ATTRIBUTE));
    }

    static void keepInSession(HttpServletRequest request, StaffMember member) {
        request.getSession(true);
        request.changeSessionId(); // a fresh id on sign-in defeats session fixation
        request.getSession().setAttribute(SESSION_ATTRIBUTE, member);
    }

    static void onRequest(HttpServletRequest request, StaffMember member) {
        request.setAttribute(REQUEST_ATTRIBUTE, member);
    }

    /** The staff member authenticated for this request, if any. */
    public static Optional<StaffMember> of(HttpServletRequest request) {
        return Optional.ofNullable((StaffMember) request.getAttribute(REQUEST_ATTRIBUTE));
    }
}
