package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.scheduling.api.AppointmentKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns calendar keyset positions into opaque cursors bound to the current clinic, and back. */
@ApplicationScoped
public class AppointmentCursors {

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    public String encode(AppointmentKey key) {
        return codec.encode(
                TenantContext.require(),
                List.of("appointment", key.start().toString(), key.id().toString()));
    }

    /** @throws RuleViolationException for a cursor not issued for a calendar of this clinic */
    public AppointmentKey decode(String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        try {
            if (parts.size() != 3 || !parts.get(0).equals("appointment")) {
                throw new IllegalArgumentException("not a calendar cursor");
            }
            return new AppointmentKey(Instant.parse(parts.get(1)), UUID.fromString(parts.get(2)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
    }
}
