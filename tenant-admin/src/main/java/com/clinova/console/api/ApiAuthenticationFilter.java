package com.clinova.console.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Anonymous calls reach only {@link PublicEndpoint}s; anything else is a 401 problem. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    ProblemWriter problems;

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
            String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
            boolean badToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            context.abortWith(
                    problems.response(badToken ? Problem.invalidToken() : Problem.notAuthenticated(), request));
        }
    }
}
