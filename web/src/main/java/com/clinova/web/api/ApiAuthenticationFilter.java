package com.clinova.web.api;

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
            Response problem =
                    problems.response(Problems.notAuthenticated(), request.getRequestURI(), RequestIds.of(request));
            context.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clinova\"")
                    .build());
        }
    }
}
