package com.clinova.web.api;

import com.clinova.patients.api.PatientKey;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns patient keyset positions into opaque cursors bound to the current clinic, and back. */
@ApplicationScoped
public class PatientCursors {

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    public String encode(PatientKey key) {
        return codec.encode(
                TenantContext.require(), List.of(key.sortName(), key.id().toString()));
    }

    /** @throws RuleViolationException for a cursor not issued for a patient search (e.g. a trail cursor) */
    public PatientKey decode(String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        try {
            if (parts.size() == 2) {
                return new PatientKey(parts.get(0), UUID.fromString(parts.get(1)));
            }
        } catch (IllegalArgumentException e) {
            // a validly signed cursor of another list: fall through
        }
        throw new RuleViolationException("cursor", "is not a cursor issued for this query");
    }
}
