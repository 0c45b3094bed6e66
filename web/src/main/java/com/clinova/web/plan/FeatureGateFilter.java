package com.clinova.web.plan;

import com.clinova.tenancy.api.Entitlements;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Refuses requests to a feature the clinic's plan leaves out. Runs after authentication (so an
 * anonymous caller still gets 401) and asks {@link Entitlements} on every gated request: there is
 * no cache to go stale, so a change made by an operator holds on every node at once. The refusal
 * is thrown, so the one exception mapper writes the problem document.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class FeatureGateFilter implements ContainerRequestFilter {

    @EJB
    Entitlements entitlements;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RequiresFeature gate = method.getAnnotation(RequiresFeature.class);
        if (gate == null) {
            gate = resource.getResourceClass().getAnnotation(RequiresFeature.class);
        }
        if (gate != null && context.getSecurityContext().getUserPrincipal() != null) {
            entitlements.require(gate.value());
        }
    }
}
