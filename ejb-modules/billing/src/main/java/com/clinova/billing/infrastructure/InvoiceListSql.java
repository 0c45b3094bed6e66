package com.clinova.billing.infrastructure;

import com.clinova.billing.api.InvoiceQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of an invoice list: newest first by {@code (created_at, id)}, keyset-paginated, on the
 * indexes that lead with {@code tenant_id} (row-level security adds the tenant condition).
 */
final class InvoiceListSql {

    private final StringBuilder where = new StringBuilder("true");
    private final List<Object> parameters = new ArrayList<>();

    static InvoiceListSql of(InvoiceQuery query) {
        InvoiceListSql sql = new InvoiceListSql();
        query.patientId().ifPresent(p -> sql.condition(" and patient_id = ?", p));
        query.status().ifPresent(s -> sql.condition(" and status = ?", s.code()));
        query.after()
                .ifPresent(k -> sql.condition(
                        " and (created_at, id) < (?, ?)", k.createdAt().atOffset(ZoneOffset.UTC), k.id()));
        sql.parameters.add(query.limit() + 1);
        return sql;
    }

    String text() {
        return "select * from clinic.invoice where " + where + " order by created_at desc, id desc limit ?";
    }

    List<Object> parameters() {
        return parameters;
    }

    private void condition(String sql, Object... values) {
        where.append(sql);
        parameters.addAll(List.of(values));
    }
}
