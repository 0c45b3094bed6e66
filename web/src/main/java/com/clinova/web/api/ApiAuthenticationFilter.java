package com.clinova.web.api;

import com.clinova.web.api.problem.Problem;
import com.clinova.web.api.problem.Problems;
import com.clinova.web.api.problem.RequestIds;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Anonymous calls reach only resources marked {@link PublicEndpoint}; everything else answers 401
 * with a problem, before any role check (which would otherwise say 403 to a caller who simply
 * forgot the token).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    Problems problems;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        boolean isPublic = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
        if (!isPublic && context.getSecurityContext().getUserPrincipal() == null) {
            // A bearer header that authenticated nobody: not ours, expired, or another clinic's.
            String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
            boolean badToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            Problem answer = badToken ? Problems.invalidToken() : Problems.notAuthenticated();
            Response problem = problems.response(answer, request.getRequestURI(), RequestIds.of(request));
            context.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova\"")
                    .build());
        }
    }
}
