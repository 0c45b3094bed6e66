package com.clinova.console.api;

import com.clinova.console.edge.RequestIds;
import com.clinova.platform.error.ClinovaException;
import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.SpecificProblem;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the admin API leaves as a problem document; anything unrecognised is a logged 500. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    ProblemWriter problems;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = classify(thrown);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "Unexpected failure of console request " + RequestIds.of(request), thrown);
        }
        return problems.response(problem, request);
    }

    static Problem classify(Throwable thrown) {
        if (thrown instanceof RuleViolationException rules) {
            return new Problem(
                    "validation-failed",
                    "Validation failed",
                    400,
                    "Some fields are invalid; see errors.",
                    rules.violations(),
                    Map.of());
        }
        if (thrown instanceof ClinovaException e) {
            Problem generic = generic(e);
            return e instanceof SpecificProblem specific
                    ? new Problem(
                            specific.problemSlug(),
                            specific.problemTitle(),
                            generic.status(),
                            e.getMessage(),
                            List.of(),
                            specific.problemMembers())
                    : generic;
        }
        if (causedByMalformedJson(thrown)) {
            return new Problem(
                    "malformed-request",
                    "Malformed request",
                    400,
                    "The request body is not the JSON this endpoint takes.");
        }
        if (thrown instanceof WebApplicationException e) {
            return switch (e.getResponse().getStatus()) {
                case 401 -> Problem.notAuthenticated();
                case 403 -> Problem.forbidden();
                case 404 -> Problem.notFound();
                case 405 -> new Problem(
                        "method-not-allowed", "Method not allowed", 405, "This resource does not support that method.");
                case 415 -> new Problem(
                        "unsupported-media-type", "Unsupported media type", 415, "Send application/json.");
                default -> e.getResponse().getStatus() >= 500
                        ? Problem.internal()
                        : new Problem(
                                "bad-request", "Bad request", e.getResponse().getStatus(), "Bad request.");
            };
        }
        return Problem.internal();
    }

    private static Problem generic(ClinovaException e) {
        if (e instanceof ResourceNotFoundException) {
            return new Problem("not-found", "Not found", 404, e.getMessage());
        }
        if (e instanceof NotPermittedException) {
            return new Problem("forbidden", "Forbidden", 403, e.getMessage());
        }
        if (e instanceof ConflictException) {
            return new Problem("conflict", "Conflict", 409, e.getMessage());
        }
        return new Problem("bad-request", "Bad request", 400, e.getMessage());
    }

    private static boolean causedByMalformedJson(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
