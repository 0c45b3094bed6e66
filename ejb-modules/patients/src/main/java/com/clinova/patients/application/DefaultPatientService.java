package com.clinova.patients.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientKey;
import com.clinova.patients.api.PatientNotFoundException;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import com.clinova.patients.domain.Patient;
import com.clinova.patients.domain.PatientRepository;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaUsage;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Roles are enforced here too, not only at the REST and portal edges, so every way into the
 * context obeys the same rule: any staff member reads patients, admins and front desk change them.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultPatientService implements PatientService {

    @Inject
    PatientRepository patients;

    @EJB
    AuditTrail trail;

    @EJB
    Entitlements entitlements;

    @Override
    public QuotaUsage quotaUsage() {
        return entitlements.usage(Quota.ACTIVE_PATIENTS, patients.count());
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public PatientView register(PatientDetails details) {
        Patient patient = Patient.register(TenantContext.require(), details, Instant.now());
        entitlements.admit(Quota.ACTIVE_PATIENTS, patients.countExclusively());
        patients.add(patient);
        return recorded(AuditAction.CREATE, patient.view());
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    public PatientView update(PatientId id, ExpectedVersion expected, PatientDetails details) {
        Patient patient = patients.find(id).orElseThrow(() -> new PatientNotFoundException(id));
        if (!expected.admits(patient.version())) {
            throw new StaleVersionException("Patient", patient.version());
        }
        patient.change(details, Instant.now());
        patients.save(patient);
        return recorded(AuditAction.UPDATE, patient.view());
    }

    /** A read that finds nobody reads no patient data, so only a found patient is recorded. */
    @Override
    public Optional<PatientView> find(PatientId id) {
        return patients.find(id).map(Patient::view).map(view -> recorded(AuditAction.READ, view));
    }

    @Override
    public boolean exists(PatientId id) {
        return patients.find(id).isPresent();
    }

    @Override
    public List<PatientView> findAll(Collection<PatientId> ids) {
        List<PatientView> views =
                patients.findAll(ids).stream().map(Patient::view).toList();
        trail.record(PatientDataAccess.search(
                AuditedObjects.PATIENT, views.stream().map(v -> v.id().value()).toList()));
        return views;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldViolation> violationsOf(PatientDetails details) {
        return Patient.violationsOf(details, Instant.now());
    }

    @Override
    public PatientPage search(PatientQuery query) {
        List<Patient> found = patients.search(query);
        boolean more = found.size() > query.limit();
        List<Patient> page = more ? found.subList(0, query.limit()) : found;
        Optional<PatientKey> next = more ? Optional.of(keyOf(page.get(page.size() - 1))) : Optional.empty();
        List<PatientView> views = page.stream().map(Patient::view).toList();
        trail.record(PatientDataAccess.search(
                AuditedObjects.PATIENT, views.stream().map(v -> v.id().value()).toList()));
        return new PatientPage(views, next);
    }

    /** The audit row is the use case's last statement: it holds the clinic's chain lock until commit. */
    private PatientView recorded(AuditAction action, PatientView view) {
        UUID id = view.id().value();
        trail.record(PatientDataAccess.of(action, AuditedObjects.PATIENT, id, id));
        return view;
    }

    private static PatientKey keyOf(Patient patient) {
        return new PatientKey(patient.searchName(), patient.view().id().value());
    }
}
