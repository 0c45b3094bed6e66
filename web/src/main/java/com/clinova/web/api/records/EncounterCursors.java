package com.clinova.web.api.records;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.records.api.EncounterKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encounter keyset positions as opaque cursors bound to the current clinic and to the patient
 * whose history they page through, so a cursor of one patient's list cannot continue another's.
 */
@ApplicationScoped
public class EncounterCursors {

    private static final String KIND = "encounters";

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    String encode(UUID patientId, EncounterKey key) {
        return codec.encode(
                TenantContext.require(),
                List.of(
                        KIND,
                        patientId.toString(),
                        key.openedAt().toString(),
                        key.id().toString()));
    }

    /** @throws RuleViolationException for a cursor not issued for this patient's list in this clinic */
    EncounterKey decode(UUID patientId, String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        if (parts.size() != 4 || !parts.get(0).equals(KIND) || !parts.get(1).equals(patientId.toString())) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
        return new EncounterKey(Instant.parse(parts.get(2)), UUID.fromString(parts.get(3)));
    }
}
