package com.clinova.web.tenant;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.api.problem.Problems;
import com.clinova.web.api.problem.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Binds the request's clinic for the whole request (declared first in web.xml). Requests for an
 * unknown host get a 404 — a problem document for the API, a page for browsers — and reach no
 * application code at all.
 */
public class TenantResolutionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(TenantResolutionFilter.class.getName());

    @Inject
    ClinicOfRequest clinics;

    @Inject
    Problems problems;

    @Inject
    UnknownClinicAnswer unknownClinic;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<TenantProfile> clinic;
        try {
            clinic = clinics.of(request);
        } catch (ClinicDirectoryUnavailableException e) {
            LOG.log(Level.WARNING, "Request " + RequestIds.of(request) + " refused: clinic directory unavailable", e);
            response.setHeader("Retry-After", "5");
            problems.write(request, response, Problems.unavailable());
            return;
        }
        if (clinic.isEmpty()) {
            unknownClinic.answer(request, response);
            return;
        }
        try {
            TenantContext.callAs(clinic.get().id(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
