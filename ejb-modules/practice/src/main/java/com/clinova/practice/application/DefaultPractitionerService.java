package com.clinova.practice.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.NameKey;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.PractitionerDetails;
import com.clinova.practice.api.PractitionerService;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.Versioned;
import com.clinova.practice.api.WorkingHoursBlock;
import com.clinova.practice.api.WorkingWeekView;
import com.clinova.practice.domain.Practitioner;
import com.clinova.practice.domain.PractitionerRepository;
import com.clinova.practice.domain.WorkingHours;
import com.clinova.practice.domain.WorkingHoursRepository;
import com.clinova.practice.domain.WorkingWeek;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaUsage;
import com.clinova.tenancy.api.StaffDirectory;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Any staff member reads practitioners and their hours; only clinic admins change them. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultPractitionerService implements PractitionerService {

    @Inject
    PractitionerRepository practitioners;

    @Inject
    WorkingHoursRepository workingHours;

    @Inject
    RepositoryLookup practice;

    @EJB
    StaffDirectory staff;

    @EJB
    Entitlements entitlements;

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<PractitionerView> register(PractitionerDetails details, Optional<UUID> account) {
        checkAccount(null, account, Practitioner.violationsOf(details));
        entitlements.admit(Quota.PRACTITIONERS, practitioners.countActiveExclusively());
        Practitioner practitioner = Practitioner.register(TenantContext.require(), details, Instant.now());
        link(practitioner, account);
        practitioners.add(practitioner);
        return versioned(practitioner);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<PractitionerView> change(
            UUID id, long expectedVersion, PractitionerDetails details, Optional<UUID> account, boolean active) {
        Practitioner practitioner = load(id);
        if (practitioner.version() != expectedVersion) {
            throw new StaleVersionException("Practitioner", practitioner.version());
        }
        checkAccount(practitioner, account, Practitioner.violationsOf(details));
        practitioner.change(details);
        link(practitioner, account);
        if (active && !practitioner.isActive()) {
            entitlements.admit(Quota.PRACTITIONERS, practitioners.countActiveExclusively());
        }
        if (active) {
            practitioner.reactivate();
        } else {
            practitioner.deactivate();
        }
        practitioners.save(practitioner);
        return versioned(practitioner);
    }

    /**
     * Reports the details' broken rules together with an account that is not one of this clinic's
     * (an account already linked stays acceptable even if it has since been deactivated).
     */
    private void checkAccount(Practitioner practitioner, Optional<UUID> account, List<FieldViolation> details) {
        List<FieldViolation> violations = new ArrayList<>(details);
        boolean unchanged = practitioner != null && account.isPresent() && account.equals(practitioner.account());
        if (account.isPresent() && !unchanged && staff.account(account.get()).isEmpty()) {
            violations.add(new FieldViolation("userId", "names no staff account of this clinic"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /**
     * The account must be free: checked here for a clear answer, and by the database's unique key
     * for the race between two admins.
     */
    private void link(Practitioner practitioner, Optional<UUID> account) {
        if (account.isEmpty()) {
            practitioner.unlinkAccount();
            return;
        }
        UUID user = account.get();
        practitioners
                .findByAccount(user)
                .filter(other -> !other.id().equals(practitioner.id()))
                .ifPresent(other -> {
                    throw new ConflictException("This staff account is already linked to another practitioner");
                });
        practitioner.linkAccount(user);
    }

    @Override
    public QuotaUsage quotaUsage() {
        return entitlements.usage(Quota.PRACTITIONERS, practitioners.countActive());
    }

    @Override
    public Optional<Versioned<PractitionerView>> find(UUID id) {
        return practitioners.find(id).map(DefaultPractitionerService::versioned);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldViolation> violationsOf(PractitionerDetails details) {
        return Practitioner.violationsOf(details);
    }

    @Override
    public Page<Versioned<PractitionerView>> list(Optional<NameKey> after, int limit) {
        Pages.checkLimit(limit);
        return Pages.of(
                practitioners.list(after, limit),
                limit,
                DefaultPractitionerService::versioned,
                v -> new NameKey(v.value().displayName(), v.value().id()));
    }

    @Override
    public WorkingWeekView week(UUID practitionerId) {
        load(practitionerId);
        return weekOf(practitionerId);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public WorkingWeekView replaceWeek(UUID practitionerId, String expectedTag, List<WorkingHoursBlock> blocks) {
        Practitioner practitioner = practitioners
                .findLocked(practitionerId)
                .orElseThrow(() -> new ResourceNotFoundException("Practitioner", practitionerId));
        List<WorkingHoursBlock> current = workingHours.ofPractitioners(List.of(practitionerId)).stream()
                .map(WorkingHours::block)
                .toList();
        if (!WorkingWeek.tagOf(current).equals(expectedTag)) {
            throw new StaleVersionException("Working week", 0);
        }
        WorkingWeek week = WorkingWeek.of(practitioner, blocks, current, practice);
        workingHours.replace(practitionerId, week.rows(TenantContext.require(), practitioner, Instant.now()));
        return weekOf(practitionerId);
    }

    private WorkingWeekView weekOf(UUID practitionerId) {
        List<WorkingHours> rows = workingHours.ofPractitioners(List.of(practitionerId));
        return new WorkingWeekView(
                practitionerId,
                rows.stream().map(WorkingHours::view).toList(),
                WorkingWeek.tagOf(rows.stream().map(WorkingHours::block).toList()));
    }

    private Practitioner load(UUID id) {
        return practitioners.find(id).orElseThrow(() -> new ResourceNotFoundException("Practitioner", id));
    }

    private static Versioned<PractitionerView> versioned(Practitioner practitioner) {
        return new Versioned<>(practitioner.view(), practitioner.version());
    }
}
