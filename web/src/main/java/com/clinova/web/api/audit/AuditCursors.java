package com.clinova.web.api.audit;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns a trail position (the sequence number to continue below) into an opaque clinic-bound cursor. */
@ApplicationScoped
public class AuditCursors {

    /** Keeps a trail cursor from ever decoding as another list's cursor, and the reverse. */
    private static final String KIND = "audit";

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    public String encode(long before) {
        return codec.encode(TenantContext.require(), List.of(KIND, Long.toString(before)));
    }

    /** @throws com.clinova.platform.error.RuleViolationException for a cursor not issued here */
    public long decode(String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        if (parts.size() != 2 || !parts.get(0).equals(KIND)) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
        try {
            return Long.parseLong(parts.get(1));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
    }
}
