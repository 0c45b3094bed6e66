package com.clinova.web.security;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.StaffAccounts;
import com.clinova.tenancy.api.StaffMember;
import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.api.ApiRequests;
import com.clinova.web.tenant.ClinicDirectoryUnavailableException;
import com.clinova.web.tenant.ClinicOfRequest;
import com.clinova.web.tenant.UnknownClinicAnswer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Authenticates every request against the request's clinic. The API under {@code /api/} accepts
 * only bearer tokens (so a browser session cannot be ridden by cross-site requests); the portal
 * accepts its session and the sign-in form, and sends anonymous visitors of protected pages to
 * the sign-in page.
 */
@ApplicationScoped
public class ClinovaAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    ClinicOfRequest clinics;

    @Inject
    AccessTokens tokens;

    @Inject
    UnknownClinicAnswer unknownClinic;

    @EJB
    StaffAccounts staffAccounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<TenantProfile> clinic;
        try {
            clinic = clinics.of(request);
        } catch (ClinicDirectoryUnavailableException e) {
            return context.doNothing(); // the tenant filter answers 503
        }
        if (clinic.isEmpty()) {
            return refuseUnknownClinic(request, response, context);
        }
        TenantId tenant = clinic.get().id();
        if (ApiRequests.isApiCall(request)) {
            return authenticateApiCall(request, context, tenant);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, tenant, password);
        }
        Optional<StaffMember> member =
                SignedInStaff.inSession(request).filter(m -> m.tenant().equals(tenant));
        if (member.isPresent()) {
            return accept(request, context, member.get());
        }
        return context.isProtected()
                ? context.redirect(request.getContextPath() + "/login.xhtml")
                : context.doNothing();
    }

    private AuthenticationStatus authenticateApiCall(
            HttpServletRequest request, HttpMessageContext context, TenantId tenant) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing(); // anonymous: the API refuses it unless the endpoint is public
        }
        Optional<StaffMember> member = tokens.verify(
                        authorization.substring(BEARER.length()).trim())
                .filter(m -> m.tenant().equals(tenant));
        // An invalid token is not answered here (the container would still dispatch the request):
        // the caller stays anonymous and the API's authentication filter answers 401.
        return member.isEmpty() ? context.doNothing() : accept(request, context, member.get());
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, TenantId tenant, UsernamePasswordCredential c) {
        Optional<StaffMember> member =
                authenticate(tenant, c.getCaller(), c.getPassword().getValue());
        if (member.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInStaff.keepInSession(request, member.get());
        return accept(request, context, member.get());
    }

    /**
     * Unprotected resources reach the tenant filter, which answers 404; protected ones would be
     * refused by the container first (403), so their 404 is sent from here.
     */
    private AuthenticationStatus refuseUnknownClinic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        try {
            unknownClinic.answer(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Checks a username and password in {@code tenant}; also used by the token endpoint. */
    public Optional<StaffMember> authenticate(TenantId tenant, String username, char[] password) {
        return TenantContext.supplyAs(tenant, () -> staffAccounts.authenticate(username, password));
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, StaffMember m) {
        SignedInStaff.onRequest(request, m);
        return context.notifyContainerAboutLogin(m.username(), m.roles());
    }
}
