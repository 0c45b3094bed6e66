package com.clinova.web.api.problem;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of the API: every failure leaves as a problem document. Unrecognised
 * exceptions are logged with the request id and answered with a 500 that reveals nothing.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Problems problems;

    @Context
    HttpServletRequest request;

    /** Log lines name the clinic, so an operator can tell whose request failed. */
    static String tenant() {
        return TenantContext.current().map(TenantId::toString).orElse("none");
    }

    @Override
    public Response toResponse(Throwable thrown) {
        String requestId = RequestIds.of(request);
        Problem problem = ProblemClassifier.classify(thrown).orElseGet(() -> {
            LOG.log(Level.SEVERE, "Unexpected failure of request " + requestId + " (tenant " + tenant() + ")", thrown);
            return new Problem("internal-error", "Internal error", 500, "Something went wrong on our side.");
        });
        Response response = problems.response(problem, request.getRequestURI(), requestId);
        if (thrown instanceof WebApplicationException e && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        if (problem.status() == 401) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova\"")
                    .build();
        }
        return response;
    }
}
