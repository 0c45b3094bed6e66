package com.clinova.console.api;

import com.clinova.tenancy.api.ProvisionedClinic;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;

/** A clinic onboarding created: where its portal is and who may sign in to it first. */
public record ProvisionedClinicDto(
        String id,
        String slug,
        String clinicName,
        String portalUrl,
        String adminUsername,
        String planCode,
        Instant createdAt,
        List<String> steps,
        boolean replayed) {

    static ProvisionedClinicDto of(ProvisionedClinic c, HttpServletRequest request) {
        return new ProvisionedClinicDto(
                c.id().toString(),
                c.slug(),
                c.clinicName(),
                portalUrl(c.portalHost(), request),
                c.adminUsername(),
                c.planCode(),
                c.createdAt(),
                c.steps(),
                c.replayed());
    }

    /** The portal on the scheme and port this request came in on (the nodes serve every host alike). */
    public static String portalUrl(String host, HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort =
                port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port) + "/";
    }
}
