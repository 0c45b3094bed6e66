package com.clinova.console.edge;

import com.clinova.console.api.Problem;
import com.clinova.console.api.ProblemWriter;
import com.clinova.platform.request.RequestOrigin;
import com.clinova.platform.request.RequestOriginContext;
import com.clinova.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The first filter: answers with the request's {@code X-Request-Id}, binds its origin (for the
 * platform audit trail), refuses hosts that are neither the console host nor a clinic (404), and
 * binds the clinic on a clinic's host for the whole request (cleared in {@code finally}).
 */
public class ConsoleEdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AudienceOfRequest audiences;

    @Inject
    ProblemWriter problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, requestId);
        Optional<Audience> audience;
        try {
            audience = audiences.of(request);
        } catch (RuntimeException e) {
            response.setHeader("Retry-After", "5");
            problems.write(request, response, Problem.unavailable());
            return;
        }
        if (audience.isEmpty()) {
            problems.write(request, response, Problem.unknownHost());
            return;
        }
        // The socket peer: the console does not sit behind a proxy it must believe yet.
        RequestOrigin origin = new RequestOrigin(requestId, Optional.ofNullable(request.getRemoteAddr()));
        Callable<Void> work = () -> {
            chain.doFilter(request, response);
            return null;
        };
        try {
            RequestOriginContext.callAs(
                    origin,
                    () -> audience.get().clinic().isPresent()
                            ? TenantContext.callAs(audience.get().clinic().get().id(), work)
                            : work.call());
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
