package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DomainNameTest {

    private static String accepted(String input) {
        return DomainName.parse(input, "clinova.example").name().orElseThrow().value();
    }

    private static String refused(String input) {
        DomainName.Result result = DomainName.parse(input, "clinova.example");
        assertTrue(result.name().isEmpty(), input);
        return result.problem();
    }

    @Test
    void namesAreNormalisedToLowerCaseAsciiWithoutTheTrailingDot() {
        assertEquals("portal.clinica-sol.es", accepted(" Portal.Clinica-Sol.ES. "));
    }

    @Test
    void internationalisedNamesAreStoredInPunycodeAsHostHeadersCarryThem() {
        assertEquals("xn--clnica-4va.es", accepted("clínica.es"));
    }

    @Test
    void clinovasOwnAddressesAndNonNamesAreRefused() {
        assertEquals(
                "is one of Clinova's own addresses; claim a domain your clinic controls", refused("x.clinova.example"));
        assertEquals("is one of Clinova's own addresses; claim a domain your clinic controls", refused("a.localhost"));
        assertEquals("must be a domain name, not an IP address", refused("127.0.0.1"));
        assertEquals("must be a full domain name such as clinic.example.com", refused("intranet"));
        assertEquals("must be a domain name such as clinic.example.com", refused("bad_name.example"));
        assertEquals("must be a domain name such as clinic.example.com", refused("-x.example"));
        assertEquals("is required", refused(" "));
    }

    @Test
    void theChallengeRecordSitsUnderTheDomain() {
        assertEquals("_clinova-challenge.a.example", new DomainName("a.example").challengeRecord());
    }
}
