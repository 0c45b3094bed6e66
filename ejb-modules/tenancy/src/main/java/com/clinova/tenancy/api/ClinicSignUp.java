package com.clinova.tenancy.api;

/**
 * What it takes to open a clinic on Clinova, as a visitor of the sign-up page or an operator
 * types it. Nothing here is trusted: {@link Onboarding} validates every field and names each one
 * that is wrong. The password is held only until it is hashed.
 */
public record ClinicSignUp(
        String clinicName,
        String slug,
        String adminEmail,
        String adminPassword,
        String country,
        String locale,
        String timeZone,
        String currency,
        String planCode,
        boolean sampleData) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ClinicSignUp[" + slug + ", " + clinicName + ", " + adminEmail + ", " + planCode + "]";
    }
}
