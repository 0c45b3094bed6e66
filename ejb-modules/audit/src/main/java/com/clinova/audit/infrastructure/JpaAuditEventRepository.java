package com.clinova.audit.infrastructure;

import com.clinova.audit.domain.AuditEvent;
import com.clinova.audit.domain.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    /** Arrays travel as comma-separated text: ids and role names never contain a comma. */
    private static final String APPEND = "insert into clinic.audit_event (id, tenant_id, actor_username,"
            + " actor_roles, action, object_type, object_id, patient_ids, client_address, request_id)"
            + " values (cast(? as uuid), cast(? as uuid), ?, string_to_array(?, ','), ?, ?, cast(? as uuid),"
            + " cast(string_to_array(?, ',') as uuid[]), cast(? as inet), ?)";

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.createNativeQuery(APPEND)
                .setParameter(1, event.id().toString())
                .setParameter(2, event.clinic().toString())
                .setParameter(3, event.actor().username())
                .setParameter(4, String.join(",", event.actor().roles()))
                .setParameter(5, event.access().action().code())
                .setParameter(6, event.access().objectType())
                .setParameter(7, event.access().objectId().map(UUID::toString).orElse(null))
                .setParameter(
                        8,
                        event.access().patientIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(9, event.clientAddress().orElse(null))
                .setParameter(10, event.requestId().orElse(null))
                .executeUpdate();
    }
}
