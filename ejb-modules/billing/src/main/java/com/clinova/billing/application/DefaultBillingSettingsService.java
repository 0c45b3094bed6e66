package com.clinova.billing.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsService;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.billing.domain.BillingSettings;
import com.clinova.billing.domain.BillingSettingsRepository;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings hold no patient data, so nothing here is audited. Roles are enforced here too: billing
 * staff read the settings, only clinic admins change them.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, BILLING})
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class DefaultBillingSettingsService implements BillingSettingsService {

    /** The version of settings never saved, so {@code If-Match: "0"} creates them. */
    static final long UNSAVED = 0;

    @Inject
    BillingSettingsRepository settings;

    @Inject
    ClinicFacts clinic;

    @Override
    public BillingSettingsView settings() {
        return settings.find().map(BillingSettings::view).orElseGet(this::suggestion);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public BillingSettingsView change(ExpectedVersion expected, BillingSettingsDetails details) {
        Optional<BillingSettings> current = settings.find();
        long version = current.map(BillingSettings::version).orElse(UNSAVED);
        if (!expected.admits(version)) {
            throw new StaleVersionException("Billing settings", version);
        }
        Instant now = Instant.now();
        if (current.isPresent()) {
            current.get().change(details, now);
            settings.save(current.get());
            return current.get().view();
        }
        BillingSettings created = BillingSettings.create(TenantContext.require(), details, now);
        settings.add(created);
        return created.view();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldViolation> violationsOf(BillingSettingsDetails details) {
        return BillingSettings.violationsOf(details);
    }

    /** Unsaved: no tax, a prefix from the clinic's address, its display name as legal name. */
    private BillingSettingsView suggestion() {
        TenantProfile profile = clinic.profile();
        String slug = profile.slug().replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
        String prefix = (slug.isEmpty() ? "INV" : slug.substring(0, Math.min(3, slug.length()))) + "-";
        return new BillingSettingsView(
                new BillingSettingsDetails(new BigDecimal("0.00"), prefix, profile.displayName(), null, null),
                false,
                UNSAVED,
                null);
    }
}
