package com.clinova.db.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A demo clinic: its platform rows (tenant, settings, optional custom domain) and its data. */
public record DemoTenant(
        UUID id,
        String slug,
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
