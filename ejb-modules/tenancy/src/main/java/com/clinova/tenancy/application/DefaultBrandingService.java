package com.clinova.tenancy.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.BrandingDetails;
import com.clinova.tenancy.api.BrandingService;
import com.clinova.tenancy.api.BrandingView;
import com.clinova.tenancy.domain.BrandingRepository;
import com.clinova.tenancy.domain.ColourContrast;
import com.clinova.tenancy.domain.LogoImage;
import com.clinova.tenancy.domain.TenantSettings;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

/** Every staff member reads the branding (the portal shows it); only clinic admins change it. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, PRACTITIONER, FRONT_DESK, BILLING})
@RolesAllowed({CLINIC_ADMIN, PRACTITIONER, FRONT_DESK, BILLING})
public class DefaultBrandingService implements BrandingService {

    static final int MAX_NAME = 120;

    @Inject
    BrandingRepository repository;

    @Inject
    LogoLimits limits;

    @Override
    public BrandingView branding() {
        return view(current());
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public BrandingView rebrand(LongPredicate expected, BrandingDetails details) {
        List<FieldViolation> violations = violationsOf(details);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return change(expected, s -> {
            s.rebrand(
                    details.displayName(), details.primaryColour(), blankToNull(details.accentColour()), Instant.now());
            return s;
        });
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public BrandingView replaceLogo(LongPredicate expected, byte[] image) {
        LogoImage logo = LogoImage.inspect(image, limits.limits());
        return change(expected, s -> {
            s.replaceLogo(logo, Instant.now());
            return s;
        });
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public BrandingView removeLogo(LongPredicate expected) {
        return change(expected, s -> {
            s.removeLogo(Instant.now());
            return s;
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldViolation> violationsOf(BrandingDetails details) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = details.displayName();
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("displayName", "is required"));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(new FieldViolation("displayName", "may have at most " + MAX_NAME + " characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation("displayName", "may not contain control characters"));
        }
        ColourContrast.problemWith(details.primaryColour())
                .ifPresent(p -> violations.add(new FieldViolation("primaryColour", p)));
        String accent = blankToNull(details.accentColour());
        if (accent != null) {
            ColourContrast.problemWith(accent).ifPresent(p -> violations.add(new FieldViolation("accentColour", p)));
        }
        return violations;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long maxLogoBytes() {
        return limits.maxBytes();
    }

    private BrandingView change(LongPredicate expected, UnaryOperator<TenantSettings> change) {
        TenantSettings settings = current();
        if (!expected.test(settings.version())) {
            throw new StaleVersionException("The branding", settings.version());
        }
        return view(repository.saved(change.apply(settings)));
    }

    private TenantSettings current() {
        return repository
                .settings(TenantContext.require().value())
                .orElseThrow(() -> new IllegalStateException("The bound clinic has no settings"));
    }

    static BrandingView view(TenantSettings s) {
        return new BrandingView(
                s.displayName(),
                s.primaryColour(),
                s.accentColour(),
                s.logoContentType(),
                s.logoSha256(),
                s.version(),
                s.updatedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
