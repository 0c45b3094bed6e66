package com.clinova.audit.infrastructure;

import com.clinova.audit.api.AuditFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SQL of a trail query with positional parameters. Every value is a parameter (text
 * cast in SQL, so the driver never has to guess a type); the patient criterion is an array
 * containment, which the GIN index on {@code patient_ids} serves.
 */
final class AuditSearchSql {

    static final String COLUMNS = "select seq, to_char(occurred_at at time zone 'UTC',"
            + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor_id::text, actor_username,"
            + " array_to_string(actor_roles, ','), action, object_type, object_id::text,"
            + " array_to_string(patient_ids, ','), host(client_address), request_id from clinic.audit_event";

    private final StringBuilder where = new StringBuilder(" where true");
    private final List<Object> parameters = new ArrayList<>();

    static AuditSearchSql of(AuditFilter filter) {
        AuditSearchSql sql = new AuditSearchSql();
        filter.patientId().ifPresent(p -> sql.condition(" and patient_ids @> array[cast(? as uuid)]", p.toString()));
        filter.actor().ifPresent(a -> sql.condition(" and actor_username = ?", a));
        filter.action().ifPresent(a -> sql.condition(" and action = ?", a.code()));
        filter.from().ifPresent(f -> sql.condition(" and occurred_at >= cast(? as timestamptz)", f.toString()));
        filter.to().ifPresent(t -> sql.condition(" and occurred_at < cast(? as timestamptz)", t.toString()));
        return sql;
    }

    /** Newest first, below {@code before} when given. */
    AuditSearchSql newestFirst(Long before, int limit) {
        if (before != null) {
            condition(" and seq < ?", before);
        }
        return ordered(" order by seq desc limit ?", limit);
    }

    /** Oldest first, within (after, upTo]. */
    AuditSearchSql oldestFirst(long after, long upTo, int limit) {
        condition(" and seq > ? and seq <= ?", after, upTo);
        return ordered(" order by seq limit ?", limit);
    }

    String text() {
        return COLUMNS + where;
    }

    List<Object> parameters() {
        return parameters;
    }

    private AuditSearchSql ordered(String order, int limit) {
        where.append(order);
        parameters.add(limit);
        return this;
    }

    private void condition(String sql, Object... values) {
        where.append(sql);
        parameters.addAll(List.of(values));
    }
}
