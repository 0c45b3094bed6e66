package com.clinova.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anActorIsAUsernameAsStored() {
        assertEquals(
                Optional.of("frontdesk"),
                filter(Optional.of("  FrontDesk "), NOON, NOON.plusSeconds(1)).actor());
        assertEquals(
                Optional.empty(),
                filter(Optional.of("   "), NOON, NOON.plusSeconds(1)).actor());
    }

    @Test
    void everyUnreasonableCriterionIsNamedAtOnce() {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> filter(Optional.of("a\u0000b"), NOON, NOON));

        assertEquals(
                List.of("actor", "to"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void fromMustComeBeforeTo() {
        assertThrows(RuleViolationException.class, () -> filter(Optional.empty(), NOON, NOON.minusSeconds(1)));
    }

    private static AuditFilter filter(Optional<String> actor, Instant from, Instant to) {
        return new AuditFilter(Optional.empty(), actor, Optional.empty(), Optional.of(from), Optional.of(to));
    }
}
