package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceView;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.web.api.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * One change of an invoice guarded by If-Match: 404 for a malformed id, 428 without the header,
 * 412 when no listed ETag is the current version (checked by the change itself, which reads the
 * invoice once); the answer is the changed invoice with its new ETag.
 */
@ApplicationScoped
public class InvoiceChanges {

    private static final int PRECONDITION_REQUIRED = 428;

    /** A change of one invoice that may be based on the given versions. */
    @FunctionalInterface
    public interface Change {
        InvoiceView apply(InvoiceId invoice, ExpectedVersion expected);
    }

    Response apply(String id, String ifMatch, Change change) {
        InvoiceId invoiceId = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        InvoiceView changed = change.apply(invoiceId, expected(ifMatch));
        return Response.ok(InvoiceDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        return EntityTags.expected(ifMatch);
    }
}
