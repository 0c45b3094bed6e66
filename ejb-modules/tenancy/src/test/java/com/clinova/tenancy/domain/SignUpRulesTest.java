package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.tenancy.api.ClinicSignUp;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignUpRulesTest {

    private static ClinicSignUp valid() {
        return new ClinicSignUp(
                "Clínica Norte",
                "clinica-norte",
                "Owner@Norte.example",
                "a-long-password",
                "ES",
                "es",
                "Europe/Madrid",
                "EUR",
                "starter",
                false);
    }

    @Test
    void aValidSignUpPasses() {
        SignUpRules.check(valid());
        SignUpRules.check(
                new ClinicSignUp("N", "norte", "a@b.pt", "0123456789", "PT", "pt", "Europe/Lisbon", "EUR", null, true));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> SignUpRules.check(new ClinicSignUp(
                        "", "www", "nope", "short", "ZZ", "de", "Nowhere/City", "XYZ", "gold", false)));
        Set<String> fields = e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "clinicName",
                        "slug",
                        "adminEmail",
                        "adminPassword",
                        "country",
                        "locale",
                        "timeZone",
                        "currency",
                        "planCode"),
                fields);
    }

    @Test
    void theAdminUsernameIsTheEmailInLowerCase() {
        assertEquals("owner@norte.example", SignUpRules.username(" Owner@Norte.example "));
    }

    @Test
    void theFingerprintIgnoresThePasswordAndEmailCaseButNotTheClinic() {
        ClinicSignUp a = valid();
        ClinicSignUp otherPassword = new ClinicSignUp(
                a.clinicName(),
                a.slug(),
                "owner@norte.example",
                "another-password",
                a.country(),
                a.locale(),
                a.timeZone(),
                a.currency(),
                a.planCode(),
                a.sampleData());
        ClinicSignUp otherSlug = new ClinicSignUp(
                a.clinicName(),
                "clinica-sur",
                a.adminEmail(),
                a.adminPassword(),
                a.country(),
                a.locale(),
                a.timeZone(),
                a.currency(),
                a.planCode(),
                a.sampleData());
        assertEquals(SignUpFingerprint.of(a), SignUpFingerprint.of(otherPassword));
        assertNotEquals(SignUpFingerprint.of(a), SignUpFingerprint.of(otherSlug));
    }
}
