package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceKey;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.web.api.RequestFields;
import java.util.Optional;
import java.util.UUID;

/** The query string of an invoice list, checked field by field before anything is read. */
record InvoiceListParameters(String patientId, String status, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;

    InvoiceQuery toQuery(InvoiceCursors cursors) {
        RequestFields fields = new RequestFields();
        UUID patient = fields.id("patientId", patientId);
        Optional<InvoiceStatus> wanted = Optional.empty();
        if (!RequestFields.isBlank(status)) {
            wanted = InvoiceStatus.ofCode(status.trim());
            if (wanted.isEmpty()) {
                fields.add("status", "must be one of draft, issued, void");
            }
        }
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, InvoiceQuery.MAX_LIMIT);
        fields.throwIfAny();
        Optional<InvoiceKey> after =
                RequestFields.isBlank(cursor) ? Optional.empty() : Optional.of(cursors.decode(cursor.trim()));
        return new InvoiceQuery(Optional.ofNullable(patient), wanted, pageSize, after);
    }
}
