package com.clinova.console.api;

import com.clinova.console.security.ConsoleSignIn;
import com.clinova.console.security.ConsoleTokens;
import com.clinova.console.security.ConsoleUser;
import com.clinova.platform.error.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Issues console tokens in the host's realm: operators on the console host, clinic administrators
 * on their clinic's host (other staff roles are refused like a wrong password).
 */
@Path("auth/token")
@RequestScoped
@PublicEndpoint
public class AuthTokenResource {

    @Inject
    ConsoleSignIn signIn;

    @Inject
    ConsoleTokens tokens;

    @Inject
    Hosts hosts;

    @Inject
    ProblemWriter problems;

    @Inject
    HttpServletRequest request;

    public record TokenRequest(String username, String password) {}

    public record TokenResponse(String access_token, String token_type, long expires_in, String realm) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(TokenRequest body) {
        if (body == null || body.username() == null || body.password() == null) {
            throw new RuleViolationException("username", "Send username and password.");
        }
        Optional<ConsoleUser> user = signIn.authenticate(
                hosts.audience(), body.username(), body.password().toCharArray());
        if (user.isEmpty()) {
            return problems.response(
                    new Problem(
                            "invalid-credentials",
                            "Invalid credentials",
                            401,
                            "The username or password is wrong, or the account may not use the console here."),
                    request);
        }
        return Response.ok(new TokenResponse(
                        tokens.issue(user.get()),
                        "Bearer",
                        tokens.lifetimeSeconds(),
                        user.get().isOperator() ? "platform" : "clinic"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
