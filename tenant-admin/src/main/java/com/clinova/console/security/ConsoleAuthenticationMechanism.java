package com.clinova.console.security;

import com.clinova.console.edge.Audience;
import com.clinova.console.edge.AudienceOfRequest;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Authenticates console requests in the realm of their host. The API ({@code /api/}) takes only
 * bearer tokens (no session riding by cross-site requests); pages take the session and the sign-in
 * form. A token or session of the other realm, or of another clinic, authenticates nobody.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    AudienceOfRequest audiences;

    @Inject
    ConsoleTokens tokens;

    @Inject
    ConsoleSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Audience> audience;
        try {
            audience = audiences.of(request);
        } catch (RuntimeException e) {
            return context.doNothing(); // the edge filter answers 503
        }
        if (audience.isEmpty()) {
            // Unprotected resources reach the edge filter (404); protected ones are refused here.
            return context.isProtected() ? context.responseNotFound() : context.doNothing();
        }
        Optional<TenantId> hostClinic = audience.get().clinic().map(TenantProfile::id);
        if (request.getServletPath().startsWith("/api")) {
            return bearer(request, context, hostClinic);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            Optional<ConsoleUser> user = signIn.authenticate(
                    audience.get(), password.getCaller(), password.getPassword().getValue());
            if (user.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedInUser.keepInSession(request, user.get());
            return accept(request, context, user.get());
        }
        Optional<ConsoleUser> inSession = SignedInUser.inSession(request).filter(u -> u.belongsTo(hostClinic));
        if (inSession.isPresent()) {
            return accept(request, context, inSession.get());
        }
        return context.isProtected()
                ? context.redirect(request.getContextPath() + "/login.xhtml")
                : context.doNothing();
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpMessageContext context, Optional<TenantId> host) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<ConsoleUser> user =
                tokens.verify(authorization.substring(BEARER.length()).trim()).filter(u -> u.belongsTo(host));
        // Refused tokens leave the caller anonymous; the API's filter answers 401 with a problem.
        return user.isEmpty() ? context.doNothing() : accept(request, context, user.get());
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, ConsoleUser u) {
        SignedInUser.onRequest(request, u);
        return context.notifyContainerAboutLogin(u.username(), u.roles());
    }
}
