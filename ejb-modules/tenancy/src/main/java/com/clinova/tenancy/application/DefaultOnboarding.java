package com.clinova.tenancy.application;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.ClinicSignUp;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.ProvisionedClinic;
import com.clinova.tenancy.api.SlugTakenException;
import com.clinova.tenancy.domain.NewClinic;
import com.clinova.tenancy.domain.PlanCodes;
import com.clinova.tenancy.domain.ProvisioningFailedException;
import com.clinova.tenancy.domain.SignUpFingerprint;
import com.clinova.tenancy.domain.SignUpRules;
import com.clinova.tenancy.domain.Slug;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Onboarding without a transaction of its own: each attempt runs in a new one
 * ({@link ProvisioningTransaction}), so that after a lost race the outcome can be read afresh. Two
 * requests with the same key racing on two nodes: one commits, the other's insert of the same slug
 * waits for it and fails on the unique key, and that request then answers the winner's clinic.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultOnboarding implements Onboarding {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{8,100}$");

    @EJB
    ProvisioningTransaction attempt;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public ProvisionedClinic provision(ClinicSignUp request, String idempotencyKey, PlatformActor actor) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new RuleViolationException(
                    "Idempotency-Key", "Send an Idempotency-Key of 8 to 100 characters (A-Z, a-z, 0-9, . _ : -).");
        }
        SignUpRules.check(request);
        String fingerprint = SignUpFingerprint.of(request);
        Optional<ProvisionedClinic> earlier = attempt.replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        NewClinic clinic = newClinic(request);
        try {
            return attempt.provision(clinic, idempotencyKey, fingerprint, actor);
        } catch (ProvisioningFailedException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            // Lost a race: the same request on another node (answer its clinic), or another clinic
            // that took the slug in the meantime.
            return attempt.replay(idempotencyKey, fingerprint)
                    .orElseThrow(() -> new SlugTakenException(request.slug()));
        }
    }

    @Override
    public SlugCheck check(String slug) {
        String problem = Slug.problemWith(slug);
        if (problem != null) {
            return new SlugCheck(slug, false, problem);
        }
        return attempt.slugExists(slug)
                ? new SlugCheck(slug, false, "The address is taken by another clinic.")
                : new SlugCheck(slug, true, null);
    }

    private NewClinic newClinic(ClinicSignUp s) {
        return new NewClinic(
                UUID.randomUUID(),
                new Slug(s.slug()),
                SignUpRules.trimmed(s.clinicName()),
                s.country(),
                s.locale(),
                s.timeZone(),
                s.currency(),
                s.planCode() == null ? PlanCodes.DEFAULT : s.planCode(),
                UUID.randomUUID(),
                SignUpRules.username(s.adminEmail()),
                passwordHash.generate(s.adminPassword().toCharArray()),
                s.sampleData());
    }
}
