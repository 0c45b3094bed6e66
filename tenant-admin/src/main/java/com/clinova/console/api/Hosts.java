package com.clinova.console.api;

import com.clinova.console.edge.Audience;
import com.clinova.console.edge.AudienceOfRequest;
import com.clinova.platform.error.ResourceNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The audience of this request's host (the edge filter has refused unknown hosts already). */
@RequestScoped
public class Hosts {

    @Inject
    HttpServletRequest request;

    @Inject
    AudienceOfRequest audiences;

    public Audience audience() {
        return audiences.of(request).orElseThrow();
    }

    /** Public platform operations (sign-up) exist only on the console host: elsewhere a plain 404. */
    public void requireConsoleHost() {
        if (!audience().isPlatform()) {
            throw new ResourceNotFoundException("operation", request.getRequestURI());
        }
    }
}
