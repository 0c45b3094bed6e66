package com.clinova.records.application;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.records.api.EncounterExistsException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterKey;
import com.clinova.records.api.EncounterPage;
import com.clinova.records.api.EncounterQuery;
import com.clinova.records.api.EncounterService;
import com.clinova.records.api.EncounterView;
import com.clinova.records.domain.AppointmentFacts;
import com.clinova.records.domain.Appointments;
import com.clinova.records.domain.Encounter;
import com.clinova.records.domain.EncounterRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records are for clinical roles only, enforced here as well as at the edges: practitioners open
 * encounters; they and clinic admins (who answer for the clinic's records) read them.
 */
@Stateless
@DeclareRoles({PRACTITIONER, CLINIC_ADMIN})
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class DefaultEncounterService implements EncounterService {

    @Inject
    EncounterRepository encounters;

    @Inject
    Appointments appointments;

    @Inject
    Clinicians clinicians;

    @Inject
    RecordsAccess access;

    @Resource
    SessionContext context;

    @Override
    @RolesAllowed(PRACTITIONER)
    public EncounterView open(UUID appointmentId) {
        AppointmentFacts appointment = appointments
                .find(appointmentId)
                .orElseThrow(() -> new RuleViolationException("appointmentId", "is not an appointment of this clinic"));
        Optional<Encounter> existing = encounters.ofAppointment(appointmentId);
        if (existing.isPresent()) {
            throw new EncounterExistsException(existing.get().id());
        }
        Encounter encounter =
                Encounter.open(TenantContext.require(), appointment, clinicians.of(context), Instant.now());
        encounters.add(encounter);
        access.encounter(AuditAction.CREATE, encounter);
        return encounter.view();
    }

    @Override
    public Optional<EncounterView> find(EncounterId id) {
        return read(encounters.find(id));
    }

    @Override
    public Optional<EncounterView> ofAppointment(UUID appointmentId) {
        return read(encounters.ofAppointment(appointmentId));
    }

    /** Finding nothing reads no patient's data, so only a found encounter is recorded. */
    private Optional<EncounterView> read(Optional<Encounter> encounter) {
        encounter.ifPresent(e -> access.encounter(AuditAction.READ, e));
        return encounter.map(Encounter::view);
    }

    @Override
    public EncounterPage ofPatient(EncounterQuery query) {
        List<Encounter> found = encounters.ofPatient(query);
        boolean more = found.size() > query.limit();
        List<EncounterView> page = (more ? found.subList(0, query.limit()) : found)
                .stream().map(Encounter::view).toList();
        Optional<EncounterKey> next = more ? Optional.of(keyOf(page.get(page.size() - 1))) : Optional.empty();
        access.encounters(page.stream().map(EncounterView::patientId).distinct().toList());
        return new EncounterPage(page, next);
    }

    private static EncounterKey keyOf(EncounterView last) {
        return new EncounterKey(last.openedAt(), last.id().value());
    }
}
