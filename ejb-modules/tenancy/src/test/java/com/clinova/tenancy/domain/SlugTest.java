package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void acceptsOneLowerCaseDnsLabel() {
        for (String ok : new String[] {"sonrisa", "clinica-norte", "a1b", "123", "x".repeat(63)}) {
            assertNull(Slug.problemWith(ok), ok);
            assertEquals(ok, new Slug(ok).value());
        }
    }

    @Test
    void refusesWhatIsNotACanonicalLabel() {
        for (String bad : new String[] {
            null, "", " ", "ab", "x".repeat(64), "Sonrisa", "-abc", "abc-", "a_b", "a.b", "a b", "abc!"
        }) {
            assertNotNull(Slug.problemWith(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> new Slug("Sonrisa"));
    }

    @Test
    void refusesPunycodeAndUnicodeButSuggestsAnAsciiSpelling() {
        assertTrue(Slug.problemWith("xn--sonrsa-3ya").contains("punycode"));
        assertNotNull(Slug.problemWith("ab--cd"));
        String accented = Slug.problemWith("clínica");
        assertTrue(accented.contains("e.g. clinica"), accented);
        assertEquals(Optional.of("clinica-sao-joao"), Slug.suggestion("Clínica São João"));
        assertEquals(Optional.empty(), Slug.suggestion("ñ"));
    }

    @Test
    void refusesNamesThePlatformAnswersOn() {
        for (String reserved : new String[] {"admin", "api", "www", "console", "operator", "status"}) {
            assertTrue(Slug.problemWith(reserved).contains("reserved"), reserved);
        }
    }
}
