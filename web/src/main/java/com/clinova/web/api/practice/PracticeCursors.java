package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.paging.CursorCodec;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.NameKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque cursors for the practice lists, bound to the clinic and to the list they came from, so a
 * cursor of the practitioners list is refused by the services list instead of paging it oddly.
 */
@ApplicationScoped
public class PracticeCursors {

    @Inject
    @ConfigProperty(name = "clinova.cursor.secret")
    String secret;

    private CursorCodec codec;

    @PostConstruct
    void init() {
        codec = new CursorCodec(secret);
    }

    public String encode(String list, NameKey key) {
        return codec.encode(
                TenantContext.require(), List.of(list, key.name(), key.id().toString()));
    }

    public NameKey decode(String list, String cursor) {
        List<String> parts = codec.decode(TenantContext.require(), cursor);
        if (parts.size() != 3 || !parts.get(0).equals(list)) {
            throw new RuleViolationException("cursor", "is not a cursor issued for this query");
        }
        return new NameKey(parts.get(1), UUID.fromString(parts.get(2)));
    }
}
