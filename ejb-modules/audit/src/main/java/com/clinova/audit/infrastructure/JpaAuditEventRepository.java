package com.clinova.audit.infrastructure;

import com.clinova.audit.api.AuditEntry;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditQuery;
import com.clinova.audit.api.ChainVerification;
import com.clinova.audit.domain.AuditEvent;
import com.clinova.audit.domain.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    /** Arrays travel as comma-separated text: ids and role names never contain a comma. */
    private static final String APPEND = "insert into clinic.audit_event (id, tenant_id, actor_username,"
            + " actor_roles, action, object_type, object_id, patient_ids, client_address, request_id)"
            + " values (cast(? as uuid), cast(? as uuid), ?, string_to_array(?, ','), ?, ?, cast(? as uuid),"
            + " cast(string_to_array(?, ',') as uuid[]), cast(? as inet), ?)";

    /** Served by the unique (tenant_id, seq) index. */
    private static final String LAST_SEQUENCE = "select coalesce(max(seq), 0) from clinic.audit_event";

    private static final String VERIFY = "select rows_checked, first_broken_seq, head_seq, encode(head_hash, 'hex')"
            + " from clinic.audit_chain_verify()";

    /**
     * A loose index scan over (tenant_id, actor_username, seq): one index probe per distinct
     * username instead of reading every row of the trail.
     */
    private static final String ACTORS = "with recursive actor (username) as ("
            + " (select actor_username from clinic.audit_event order by actor_username limit 1)"
            + " union all select (select e.actor_username from clinic.audit_event e"
            + " where e.actor_username > a.username order by e.actor_username limit 1)"
            + " from actor a where a.username is not null)"
            + " select username from actor where username is not null";

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

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return entries(
                AuditSearchSql.of(query.filter()).newestFirst(query.before().orElse(null), query.limit() + 1));
    }

    @Override
    public List<AuditEntry> range(AuditFilter filter, long after, long upTo, int size) {
        return entries(AuditSearchSql.of(filter).oldestFirst(after, upTo, size));
    }

    @Override
    public long lastSequence() {
        return ((Number) em.createNativeQuery(LAST_SEQUENCE).getSingleResult()).longValue();
    }

    @Override
    public ChainVerification verify() {
        Object[] row = (Object[]) em.createNativeQuery(VERIFY).getSingleResult();
        return new ChainVerification(
                ((Number) row[0]).longValue(),
                Optional.ofNullable((Number) row[1]).map(Number::longValue),
                ((Number) row[2]).longValue(),
                (String) row[3]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> actors() {
        return em.createNativeQuery(ACTORS).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> entries(AuditSearchSql sql) {
        Query query = em.createNativeQuery(sql.text());
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AuditRowMapper::entry).toList();
    }
}
