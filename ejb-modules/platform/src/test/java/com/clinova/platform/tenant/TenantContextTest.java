package com.clinova.platform.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private final TenantId sonrisa = new TenantId(UUID.randomUUID());
    private final TenantId lumiere = new TenantId(UUID.randomUUID());

    @Test
    void nothingIsBoundOutsideACall() {
        assertTrue(TenantContext.current().isEmpty());
        assertThrows(NoTenantBoundException.class, TenantContext::require);
    }

    @Test
    void nestedBindingsRestoreTheOuterTenant() throws Exception {
        TenantContext.runAs(sonrisa, () -> {
            assertEquals(sonrisa, TenantContext.require());
            TenantContext.runAs(lumiere, () -> assertEquals(lumiere, TenantContext.require()));
            assertEquals(sonrisa, TenantContext.require());
        });
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void aFailingCallStillClearsTheBinding() {
        assertThrows(
                IllegalStateException.class,
                () -> TenantContext.callAs(sonrisa, () -> {
                    throw new IllegalStateException("boom");
                }));
        assertTrue(TenantContext.current().isEmpty());
    }
}
