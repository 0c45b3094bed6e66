package com.clinova.billing.application;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantDirectory;
import com.clinova.tenancy.api.TenantLogo;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What billing needs to know about the bound clinic from tenancy: currency, zone, language, branding. */
@ApplicationScoped
public class ClinicFacts {

    @EJB
    TenantDirectory directory;

    /** The bound clinic; it exists, since the edge resolved it from the request. */
    TenantProfile profile() {
        return directory
                .findById(TenantContext.require())
                .orElseThrow(() -> new IllegalStateException("The bound clinic is not registered"));
    }

    Optional<TenantLogo> logo() {
        return directory.findLogo(TenantContext.require());
    }
}
