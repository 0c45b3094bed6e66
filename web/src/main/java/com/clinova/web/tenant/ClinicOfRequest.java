package com.clinova.web.tenant;

import com.clinova.tenancy.api.TenantDirectory;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Resolves the clinic a request is for from its Host header, once: the result is kept on the
 * request because the authentication mechanism runs before the servlet filters and both need it.
 * A client-sent header other than Host (e.g. X-Tenant) is never consulted.
 */
@ApplicationScoped
public class ClinicOfRequest {

    private static final String ATTRIBUTE = ClinicOfRequest.class.getName();
    private static final Object UNKNOWN = new Object();

    @EJB
    TenantDirectory directory;

    public Optional<TenantProfile> of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known == null) {
            known = lookUp(request.getHeader("Host"));
            request.setAttribute(ATTRIBUTE, known);
        }
        return known instanceof TenantProfile profile ? Optional.of(profile) : Optional.empty();
    }

    /** @throws ClinicDirectoryUnavailableException when the registry cannot be read (database down) */
    private Object lookUp(String host) {
        try {
            return directory.findByHost(host).<Object>map(p -> p).orElse(UNKNOWN);
        } catch (RuntimeException e) {
            throw new ClinicDirectoryUnavailableException(e);
        }
    }
}
