package com.clinova.console.edge;

import com.clinova.tenancy.api.TenantDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides the audience from the Host header once per request (the authentication mechanism runs
 * before the filters; both need it). The console host is never a clinic: its first label is a
 * reserved slug. Clinic hosts are looked up on every request, uncached, so a clinic created a
 * moment ago on another node resolves at once and an unknown host is never remembered.
 */
@ApplicationScoped
public class AudienceOfRequest {

    private static final String ATTRIBUTE = AudienceOfRequest.class.getName();
    private static final Object NOBODY = new Object();

    @EJB
    TenantDirectory directory;

    @Inject
    @ConfigProperty(name = "clinova.console.host", defaultValue = "admin.localhost")
    String consoleHost;

    public Optional<Audience> of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known == null) {
            known = lookUp(request.getHeader("Host"));
            request.setAttribute(ATTRIBUTE, known);
        }
        return known instanceof Audience audience ? Optional.of(audience) : Optional.empty();
    }

    private Object lookUp(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return NOBODY;
        }
        if (hostName(hostHeader).equals(consoleHost.toLowerCase(Locale.ROOT))) {
            return Audience.PLATFORM;
        }
        return directory.findByHost(hostHeader).<Object>map(Audience::clinic).orElse(NOBODY);
    }

    /** Lower case, without port and trailing dot; an IPv6 literal stays as it is (never the console). */
    static String hostName(String hostHeader) {
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = host.startsWith("[") ? -1 : host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
