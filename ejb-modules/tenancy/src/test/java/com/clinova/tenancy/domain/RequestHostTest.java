package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestHostTest {

    @Test
    void readsTheSlugInFrontOfTheBaseDomain() {
        assertEquals(Optional.of("sonrisa"), slug("sonrisa.localhost:9080", "localhost"));
        assertEquals(Optional.of("sonrisa"), slug("SONRISA.Clinova.Example.", "clinova.example"));
    }

    @Test
    void refusesHostsThatAreNotOneLabelUnderTheBaseDomain() {
        assertTrue(slug("localhost:9080", "localhost").isEmpty());
        assertTrue(slug("a.b.localhost", "localhost").isEmpty());
        assertTrue(slug("sonrisa.localhost.evil.test", "localhost").isEmpty());
        assertTrue(slug("evilsonrisa-localhost", "localhost").isEmpty());
    }

    @Test
    void normalisesCustomDomains() {
        assertEquals(
                "sonrisa-dental.test",
                RequestHost.parse("Sonrisa-Dental.TEST:443").orElseThrow().name());
        assertTrue(RequestHost.parse(" ").isEmpty());
        assertTrue(RequestHost.parse(null).isEmpty());
        assertTrue(RequestHost.parse("[::1]:9080").isEmpty());
    }

    private static Optional<String> slug(String header, String base) {
        return RequestHost.parse(header).flatMap(h -> h.slugUnder(base));
    }
}
