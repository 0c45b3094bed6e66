package com.clinova.practice.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.tenancy.api.QuotaUsage;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Practitioners, the staff accounts they sign in with, and their weekly working hours, for the
 * clinic's admins (every staff member may read).
 */
@Local
public interface PractitionerService {

    /**
     * @param account the staff account to link, if any: it must exist in this clinic and not be
     *     linked to another practitioner
     * @throws RuleViolationException for broken rules or an unknown account
     * @throws ConflictException when the account is linked to another practitioner
     */
    Versioned<PractitionerView> register(PractitionerDetails details, Optional<UUID> account);

    /**
     * Replaces details, account link (empty unlinks) and the active flag.
     *
     * @throws ResourceNotFoundException for an unknown id
     * @throws StaleVersionException when someone changed the practitioner since
     */
    Versioned<PractitionerView> change(
            UUID id, long expectedVersion, PractitionerDetails details, Optional<UUID> account, boolean active);

    Optional<Versioned<PractitionerView>> find(UUID id);

    /**
     * The rules these details break (empty when valid), so an edge that has already found an
     * unreadable field can report every problem at once.
     */
    List<FieldViolation> violationsOf(PractitionerDetails details);

    Page<Versioned<PractitionerView>> list(Optional<NameKey> after, int limit);

    /** @throws ResourceNotFoundException for an unknown practitioner */
    WorkingWeekView week(UUID practitionerId);

    /**
     * Replaces the practitioner's whole week (every location) with {@code blocks}.
     *
     * @param expectedTag the {@link WorkingWeekView#tag()} the change is based on
     * @throws RuleViolationException naming each bad or overlapping block as {@code blocks[i]}
     * @throws StaleVersionException when the week changed since {@code expectedTag}
     * @throws ConflictException when a concurrent change made the blocks overlap
     */
    WorkingWeekView replaceWeek(UUID practitionerId, String expectedTag, List<WorkingHoursBlock> blocks);

    /** The clinic's active practitioners against its plan's limit (for the 80 % warning). */
    QuotaUsage quotaUsage();
}
