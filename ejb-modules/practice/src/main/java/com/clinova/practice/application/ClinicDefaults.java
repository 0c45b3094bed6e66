package com.clinova.practice.application;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantDirectory;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * The bound clinic's regional defaults, from the tenancy context: the currency new services are
 * priced in and the zone holidays and absences are entered in.
 */
@ApplicationScoped
public class ClinicDefaults {

    @EJB
    TenantDirectory directory;

    public String currency() {
        return profile().currency();
    }

    public ZoneId zone() {
        return ZoneId.of(profile().timeZone());
    }

    private TenantProfile profile() {
        // The tenant filter only binds clinics it found, so the clinic exists.
        return directory.findById(TenantContext.require()).orElseThrow();
    }
}
