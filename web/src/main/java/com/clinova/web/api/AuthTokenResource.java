package com.clinova.web.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.StaffMember;
import com.clinova.web.api.problem.Problem;
import com.clinova.web.api.problem.Problems;
import com.clinova.web.api.problem.RequestIds;
import com.clinova.web.security.AccessToken;
import com.clinova.web.security.AccessTokens;
import com.clinova.web.security.ClinovaAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Exchanges a staff member's username and password for a bearer token of the host's clinic. */
@Path("auth/token")
@RequestScoped
@PublicEndpoint
public class AuthTokenResource {

    private static final Problem WRONG_CREDENTIALS =
            new Problem("invalid-credentials", "Invalid credentials", 401, "Wrong username or password.");

    @Inject
    ClinovaAuthenticationMechanism authentication;

    @Inject
    AccessTokens tokens;

    @Inject
    Problems problems;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Obtain a bearer token")
    @APIResponse(responseCode = "200", description = "Token issued")
    @APIResponse(responseCode = "400", description = "Missing username or password")
    @APIResponse(responseCode = "401", description = "Wrong credentials")
    public Response issue(TokenRequest body) {
        requireCredentials(body);
        Optional<StaffMember> member = authentication.authenticate(
                TenantContext.require(), body.username(), body.password().toCharArray());
        if (member.isEmpty()) {
            return Response.fromResponse(
                            problems.response(WRONG_CREDENTIALS, request.getRequestURI(), RequestIds.of(request)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova\"")
                    .build();
        }
        AccessToken token = tokens.issue(member.get());
        return Response.ok(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static void requireCredentials(TokenRequest body) {
        List<FieldViolation> missing = new ArrayList<>();
        if (body == null || blank(body.username())) {
            missing.add(new FieldViolation("username", "is required"));
        }
        if (body == null || blank(body.password())) {
            missing.add(new FieldViolation("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
