package it.com.clinova.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Patients the demo data guarantees: exactly one of each in its clinic. */
final class DemoPatients {

    /** Sonrisa's "Núñez García, María José". */
    static final String MARIA_GIVEN = "María José";

    static final String MARIA_FAMILY = "Núñez García";
    static final String MARIA_BIRTH = "1985-03-14";
    static final String MARIA_PHONE = "+34 612 345 678";
    static final String MARIA_NATIONAL_ID = "12345678Z";

    /** Lumière's "Conceição Ferreira, João". */
    static final String JOAO_GIVEN = "João";

    static final String JOAO_FAMILY = "Conceição Ferreira";
    static final String JOAO_BIRTH = "1990-07-02";
    static final String JOAO_PHONE = "+351 912 345 678";
    static final String JOAO_NATIONAL_ID = "123456789";

    private DemoPatients() {}

    static boolean isMaria(JsonNode patient) {
        return MARIA_NATIONAL_ID.equals(patient.path("nationalId").asText())
                && MARIA_FAMILY.equals(patient.path("familyName").asText());
    }

    static boolean isJoao(JsonNode patient) {
        return JOAO_NATIONAL_ID.equals(patient.path("nationalId").asText())
                && JOAO_FAMILY.equals(patient.path("familyName").asText());
    }
}
