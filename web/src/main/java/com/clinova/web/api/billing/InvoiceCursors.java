package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceKey;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns invoice-list positions into opaque cursors bound to the current clinic (and to invoice
 * lists: another list's cursor is refused), and back.
 */
@ApplicationScoped
public class InvoiceCursors {

    private static final String KIND = "invoice";

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    public String encode(InvoiceKey key) {
        return codec.encode(
                TenantContext.require(),
                List.of(KIND, key.createdAt().toString(), key.id().toString()));
    }

    /** @throws RuleViolationException for a cursor not issued for an invoice list of this clinic */
    public InvoiceKey decode(String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        try {
            if (parts.size() != 3 || !parts.get(0).equals(KIND)) {
                throw new IllegalArgumentException("not an invoice-list cursor");
            }
            return new InvoiceKey(Instant.parse(parts.get(1)), UUID.fromString(parts.get(2)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
    }
}
