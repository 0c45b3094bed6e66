package com.clinova.audit.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditEntry;
import com.clinova.audit.api.AuditExport;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditLog;
import com.clinova.audit.api.AuditPage;
import com.clinova.audit.api.AuditQuery;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.ChainVerification;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.audit.domain.AuditEventRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Roles are enforced here, not only at the REST and portal edges: the trail is for the clinic's
 * administrators only. Each query records itself as its transaction's last statement.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed(CLINIC_ADMIN)
public class DefaultAuditLog implements AuditLog {

    @Inject
    AuditEventRepository events;

    @EJB
    AuditTrail trail;

    @Override
    public AuditPage find(AuditQuery query) {
        List<AuditEntry> found = events.find(query);
        boolean more = found.size() > query.limit();
        List<AuditEntry> page = more ? found.subList(0, query.limit()) : found;
        Optional<Long> next = more ? Optional.of(page.get(page.size() - 1).sequence()) : Optional.empty();
        trail.record(PatientDataAccess.search(AuditedObjects.AUDIT_TRAIL, patientOf(query.filter())));
        return new AuditPage(page, next);
    }

    @Override
    public AuditExport beginExport(AuditFilter filter) {
        AuditExport export = new AuditExport(filter, events.lastSequence());
        trail.record(PatientDataAccess.builder(AuditAction.EXPORT, AuditedObjects.AUDIT_TRAIL)
                .patients(patientOf(filter))
                .build());
        return export;
    }

    @Override
    public List<AuditEntry> exportBatch(AuditExport export, long after, int size) {
        return events.range(export.filter(), after, export.upToSequence(), size);
    }

    @Override
    public ChainVerification verify() {
        return events.verify();
    }

    @Override
    public List<String> actors() {
        return events.actors();
    }

    private static List<UUID> patientOf(AuditFilter filter) {
        return filter.patientId().stream().toList();
    }
}
