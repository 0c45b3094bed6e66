package com.clinova.patients.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.Sex;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final TenantId clinic = new TenantId(UUID.randomUUID());

    @Test
    void registersWithTrimmedDetailsAndUpperCaseNationalId() {
        Patient patient = Patient.register(
                clinic,
                aPatient()
                        .nationalId(" 12345678z ")
                        .givenName("  María   José ")
                        .build(),
                NOW);
        PatientDetails details = patient.view().details();
        assertEquals("María José", details.givenName());
        assertEquals("12345678Z", details.nationalId());
        assertEquals(Sex.FEMALE, details.sex());
        assertNull(details.notes());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        PatientDetails bad = aPatient()
                .givenName(" ")
                .familyName(null)
                .email("not-an-email")
                .phone("call me")
                .dateOfBirth(LocalDate.of(2030, 1, 1))
                .build();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Patient.register(clinic, bad, NOW));
        assertEquals(
                java.util.List.of("givenName", "familyName", "dateOfBirth", "phone", "email"),
                e.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void refusesBirthBefore1900AndOverlongNames() {
        assertThrows(
                RuleViolationException.class,
                () -> Patient.register(
                        clinic,
                        aPatient().dateOfBirth(LocalDate.of(1899, 12, 31)).build(),
                        NOW));
        assertThrows(
                RuleViolationException.class,
                () -> Patient.register(
                        clinic, aPatient().familyName("x".repeat(101)).build(), NOW));
    }

    @Test
    void aRejectedChangeLeavesThePatientAsItWas() {
        Patient patient = Patient.register(clinic, aPatient().build(), NOW);
        assertThrows(
                RuleViolationException.class,
                () -> patient.change(aPatient().givenName("").build(), NOW));
        assertEquals("María José", patient.view().details().givenName());
    }

    static PatientBuilder aPatient() {
        return new PatientBuilder();
    }

    /** Test data builder: a valid patient unless told otherwise. */
    static final class PatientBuilder {
        private String givenName = "María José";
        private String familyName = "Núñez García";
        private LocalDate dateOfBirth = LocalDate.of(1985, 3, 14);
        private String phone = "+34 612 345 678";
        private String email = "mj.nunez@example.es";
        private String nationalId = "12345678Z";

        PatientBuilder givenName(String v) {
            givenName = v;
            return this;
        }

        PatientBuilder familyName(String v) {
            familyName = v;
            return this;
        }

        PatientBuilder dateOfBirth(LocalDate v) {
            dateOfBirth = v;
            return this;
        }

        PatientBuilder phone(String v) {
            phone = v;
            return this;
        }

        PatientBuilder email(String v) {
            email = v;
            return this;
        }

        PatientBuilder nationalId(String v) {
            nationalId = v;
            return this;
        }

        PatientDetails build() {
            return new PatientDetails(
                    givenName, familyName, dateOfBirth, Sex.FEMALE, phone, email, nationalId, null, "  ");
        }
    }
}
