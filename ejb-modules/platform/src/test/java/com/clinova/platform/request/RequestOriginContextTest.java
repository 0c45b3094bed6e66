package com.clinova.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestOriginContextTest {

    private final RequestOrigin outer = new RequestOrigin("outer", Optional.of("203.0.113.7"));
    private final RequestOrigin inner = new RequestOrigin("inner", Optional.empty());

    @Test
    void nothingIsBoundOutsideARequest() {
        assertTrue(RequestOriginContext.current().isEmpty());
    }

    @Test
    void nestedBindingsRestoreTheOuterOrigin() throws Exception {
        RequestOriginContext.callAs(outer, () -> {
            assertEquals(Optional.of(outer), RequestOriginContext.current());
            RequestOriginContext.callAs(inner, () -> {
                assertEquals(Optional.of(inner), RequestOriginContext.current());
                return null;
            });
            assertEquals(Optional.of(outer), RequestOriginContext.current());
            return null;
        });
        assertTrue(RequestOriginContext.current().isEmpty());
    }

    @Test
    void aFailingRequestStillClearsTheBinding() {
        assertThrows(
                IllegalStateException.class,
                () -> RequestOriginContext.callAs(outer, () -> {
                    throw new IllegalStateException("boom");
                }));
        assertTrue(RequestOriginContext.current().isEmpty());
    }
}
