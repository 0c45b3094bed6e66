package com.clinova.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec("0123456789abcdef0123456789abcdef");
    private final TenantId sonrisa = new TenantId(UUID.randomUUID());
    private final TenantId lumiere = new TenantId(UUID.randomUUID());

    @Test
    void roundTripsKeyPartsForTheSameTenant() {
        String cursor = codec.encode(sonrisa, List.of("núñez garcía maría", "42", ""));
        assertEquals(List.of("núñez garcía maría", "42", ""), codec.decode(sonrisa, cursor));
    }

    @Test
    void refusesACursorIssuedToAnotherTenant() {
        String cursor = codec.encode(sonrisa, List.of("a", "b"));
        assertThrows(RuleViolationException.class, () -> codec.decode(lumiere, cursor));
    }

    @Test
    void refusesATamperedCursor() {
        String cursor = codec.encode(sonrisa, List.of("a", "b"));
        String forged = codec.encode(sonrisa, List.of("z", "b")).split("\\.")[0] + "." + cursor.split("\\.")[1];
        assertThrows(RuleViolationException.class, () -> codec.decode(sonrisa, forged));
        assertThrows(RuleViolationException.class, () -> codec.decode(sonrisa, "not-a-cursor"));
        assertThrows(RuleViolationException.class, () -> codec.decode(sonrisa, "%%%.###"));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new CursorCodec("short"));
    }
}
