package com.clinova.console.api;

import com.clinova.tenancy.api.ClinicSignUp;

/** The body of a sign-up or an operator's "create clinic": every field is validated by onboarding. */
public record SignUpInput(
        String clinicName,
        String slug,
        String adminEmail,
        String adminPassword,
        String country,
        String locale,
        String timeZone,
        String currency,
        String planCode,
        Boolean sampleData) {

    ClinicSignUp toSignUp() {
        return new ClinicSignUp(
                clinicName,
                slug,
                adminEmail,
                adminPassword,
                country,
                locale,
                timeZone,
                currency,
                planCode,
                Boolean.TRUE.equals(sampleData));
    }
}
