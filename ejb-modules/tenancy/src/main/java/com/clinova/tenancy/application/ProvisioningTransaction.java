package com.clinova.tenancy.application;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.IdempotencyKeyReusedException;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.PlatformAuditTrail;
import com.clinova.tenancy.api.ProvisionedClinic;
import com.clinova.tenancy.api.SlugTakenException;
import com.clinova.tenancy.domain.NewClinic;
import com.clinova.tenancy.domain.OnboardingRecord;
import com.clinova.tenancy.domain.TenantProvisioning;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.IDN;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One onboarding attempt, in a transaction of its own: the clinic, its idempotency record and its
 * platform audit row commit together or not at all, so a failure anywhere leaves no half clinic.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProvisioningTransaction {

    static final List<String> REPLAY_STEPS = List.of("tenant", "domain", "settings", "admin");

    @Inject
    TenantProvisioning provisioning;

    @EJB
    PlatformAuditTrail audit;

    @Inject
    @ConfigProperty(name = "clinova.base-domain", defaultValue = "localhost")
    String baseDomain;

    public ProvisionedClinic provision(NewClinic clinic, String key, String fingerprint, PlatformActor actor) {
        // Retries of one request on several nodes queue here; each then sees what the first did.
        provisioning.lockKey(key);
        Optional<ProvisionedClinic> earlier = replay(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (provisioning.slugExists(clinic.slug().value())) {
            throw new SlugTakenException(clinic.slug().value());
        }
        List<String> steps =
                provisioning.create(clinic, key, fingerprint, actor.kind().code() + ":" + actor.name());
        TenantId tenant = new TenantId(clinic.id());
        audit.record(
                actor,
                "tenant.create",
                tenant,
                Map.of(
                        "slug", clinic.slug().value(),
                        "plan", clinic.planCode(),
                        "admin", clinic.adminUsername(),
                        "sampleData", Boolean.toString(clinic.sampleData())));
        return new ProvisionedClinic(
                tenant,
                clinic.slug().value(),
                clinic.clinicName(),
                hostOf(clinic.slug().value()),
                clinic.adminUsername(),
                clinic.planCode(),
                Instant.now(),
                steps,
                false);
    }

    /** The clinic an earlier request with this key created; refused if that request was different. */
    public Optional<ProvisionedClinic> replay(String key, String fingerprint) {
        Optional<OnboardingRecord> earlier = provisioning.findByKey(key);
        if (earlier.isPresent() && !earlier.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return earlier.map(r -> new ProvisionedClinic(
                new TenantId(r.tenant()),
                r.slug(),
                r.clinicName(),
                hostOf(r.slug()),
                r.adminUsername(),
                r.planCode(),
                r.createdAt(),
                r.sampleData() ? concat(REPLAY_STEPS, "sample-data") : REPLAY_STEPS,
                true));
    }

    public boolean slugExists(String slug) {
        return provisioning.slugExists(slug);
    }

    /** The portal's host: the slug under the base domain, which is spelled in ASCII (punycode) if international. */
    String hostOf(String slug) {
        return slug + "." + IDN.toASCII(baseDomain, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> concat(List<String> steps, String last) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(steps);
        all.add(last);
        return all;
    }
}
