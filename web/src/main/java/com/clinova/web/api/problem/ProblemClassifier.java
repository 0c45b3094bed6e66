package com.clinova.web.api.problem;

import com.clinova.platform.error.ClinovaException;
import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.ContentTooLargeException;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.SpecificProblem;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.error.UnsupportedContentTypeException;
import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentStateException;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides which problem an exception is. Anything it does not recognise is a bug: a 500. */
final class ProblemClassifier {

    private ProblemClassifier() {}

    static Optional<Problem> classify(Throwable thrown) {
        if (thrown instanceof ClinovaException e) {
            return Optional.of(ofDomain(e));
        }
        if (thrown instanceof ConstraintViolationException e) {
            return Optional.of(invalid(e.getConstraintViolations().stream()
                    .map(v -> new FieldViolation(leaf(v), v.getMessage()))
                    .toList()));
        }
        if (causedBy(thrown, MalformedRequestBody.class)) {
            return Optional.of(new Problem(
                    "malformed-request",
                    "Malformed request",
                    400,
                    "The request body is not the JSON this endpoint takes."));
        }
        if (thrown instanceof EJBAccessException) {
            return Optional.of(ofHttpStatus(403, null));
        }
        if (thrown instanceof WebApplicationException e) {
            return Optional.of(ofHttpStatus(e.getResponse().getStatus(), e.getMessage()));
        }
        return Optional.empty();
    }

    static Problem invalid(List<FieldViolation> violations) {
        return new Problem(
                "validation-failed", "Validation failed", 400, "Some fields are invalid; see errors.", violations);
    }

    private static Problem ofDomain(ClinovaException e) {
        if (e instanceof RuleViolationException rules) {
            return invalid(rules.violations());
        }
        Problem generic = genericOf(e);
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

    /** The problem of an exception's kind; a {@link SpecificProblem} keeps the status, renames the type. */
    private static Problem genericOf(ClinovaException e) {
        if (e instanceof ResourceNotFoundException) {
            return new Problem("not-found", "Not found", 404, e.getMessage());
        }
        if (e instanceof StaleVersionException) {
            return new Problem("stale-version", "Precondition failed", 412, e.getMessage());
        }
        if (e instanceof NotPermittedException) {
            return new Problem("forbidden", "Forbidden", 403, e.getMessage());
        }
        if (e instanceof AppointmentConflictException taken) {
            return appointmentConflict(taken);
        }
        if (e instanceof AppointmentStateException state) {
            return new Problem(
                    "appointment-state",
                    "Not possible now",
                    409,
                    e.getMessage(),
                    List.of(),
                    Map.of("appointmentStatus", state.status().code()));
        }
        if (e instanceof ConflictException) {
            return new Problem("conflict", "Conflict", 409, e.getMessage());
        }
        if (e instanceof ContentTooLargeException) {
            return new Problem("content-too-large", "Content too large", 413, e.getMessage());
        }
        if (e instanceof UnsupportedContentTypeException) {
            return new Problem("unsupported-media-type", "Unsupported media type", 415, e.getMessage());
        }
        return new Problem("bad-request", "Bad request", 400, e.getMessage());
    }

    /** Names the taken resource (and its id when known), so a client can say who or what is busy. */
    private static Problem appointmentConflict(AppointmentConflictException taken) {
        Map<String, String> members = new HashMap<>();
        members.put("resource", taken.resource().code());
        if (taken.resourceId() != null) {
            members.put("resourceId", taken.resourceId().toString());
        }
        return new Problem("appointment-conflict", "Time already taken", 409, taken.getMessage(), List.of(), members);
    }

    private static Problem ofHttpStatus(int status, String message) {
        return switch (status) {
            case 401 -> Problems.notAuthenticated();
            case 403 -> new Problem("forbidden", "Forbidden", 403, "Your role does not allow this action.");
            case 404 -> new Problem("not-found", "Not found", 404, "There is nothing at this address.");
            case 405 -> new Problem(
                    "method-not-allowed", "Method not allowed", 405, "This resource does not support that method.");
            case 406 -> new Problem(
                    "not-acceptable", "Not acceptable", 406, "This resource answers in application/json.");
            case 428 -> new Problem(
                    "precondition-required",
                    "Precondition required",
                    428,
                    "Send If-Match with the ETag you last read.");
            case 415 -> new Problem("unsupported-media-type", "Unsupported media type", 415, "Send application/json.");
            default -> status >= 500
                    ? new Problem("internal-error", "Internal error", status, "Something went wrong on our side.")
                    : new Problem("bad-request", "Bad request", status, message == null ? "Bad request." : message);
        };
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String leaf(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }
}
