package com.clinova.tenancy.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A part of the product a plan may include. The code is what the database (platform.feature),
 * operators and API clients see; it never changes meaning once published. Features the product
 * does not have yet are defined already so plans can be sold with them and the console can show
 * them; nothing checks them until their part exists.
 */
public enum Feature {
    /** Utilisation, no-show and revenue reports (the day list is part of every plan). */
    ADVANCED_REPORTS("advanced-reports"),
    /** Files attached to clinical encounters. */
    RECORD_ATTACHMENTS("record-attachments"),
    /** Patients booking online (to come). */
    ONLINE_BOOKING("online-booking"),
    /** SMS appointment reminders (to come). */
    SMS_REMINDERS("sms-reminders"),
    /** The FHIR R4 API (to come). */
    FHIR_API("fhir-api"),
    /** The portal at the clinic's own domain name (to come). */
    CUSTOM_DOMAINS("custom-domains");

    private final String code;

    Feature(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The feature with this code; empty for a code this build does not know. */
    public static Optional<Feature> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
