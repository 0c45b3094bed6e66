package com.clinova.tenancy.api;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import jakarta.ejb.Local;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The bound clinic's branding: every staff member reads it, clinic admins change it. Changes are
 * guarded by the version the caller last saw ({@code expected} admits it or the change is
 * refused as stale) and apply to every node at once: nothing here is cached.
 */
@Local
public interface BrandingService {

    BrandingView branding();

    BrandingView rebrand(LongPredicate expected, BrandingDetails details);

    /** Stores {@code image} as the logo once it passes {@link #maxLogoBytes()} and the type and pixel checks. */
    BrandingView replaceLogo(LongPredicate expected, byte[] image);

    BrandingView removeLogo(LongPredicate expected);

    /** Every reason {@code details} would be refused, so forms can show them all at once. */
    List<FieldViolation> violationsOf(BrandingDetails details);

    long maxLogoBytes();
}
