package com.clinova.console.edge;

import com.clinova.tenancy.api.TenantProfile;
import java.util.Optional;

/**
 * Whom the console serves at a request's host: the platform realm (operators, and anonymous
 * sign-up) on the console host, or one clinic (its administrators) on the clinic's host.
 */
public record Audience(Optional<TenantProfile> clinic) {

    public static final Audience PLATFORM = new Audience(Optional.empty());

    public static Audience clinic(TenantProfile profile) {
        return new Audience(Optional.of(profile));
    }

    public boolean isPlatform() {
        return clinic.isEmpty();
    }
}
