package com.clinova.db.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A demo clinic: its platform rows (tenant on a plan, settings, optional custom domain) and its
 * data. Both demo plans include every feature today's product gates, so every test can use them.
 */
public record DemoTenant(
        UUID id,
        String slug,
        String plan,
        String displayName,
        String locale,
        String timeZone,
        String currency,
        String primaryColour,
        String logoResource,
        Optional<String> customDomain,
        List<DemoUser> users,
        List<DemoPatient> patients) {

    public DemoPatient fixedPatient() {
        return patients.get(0);
    }
}
