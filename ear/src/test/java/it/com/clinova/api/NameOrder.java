package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The order patient lists come in: by name, family name first, accents and case ignored. This is
 * the client's view of the database's search key, so a test can tell "sorted" from "happened to
 * come back like this".
 */
final class NameOrder {

    private NameOrder() {}

    static String key(JsonNode patient) {
        String name = patient.path("familyName").asText() + " "
                + patient.path("givenName").asText();
        String unaccented = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    static void assertSorted(List<JsonNode> patients) {
        for (int i = 1; i < patients.size(); i++) {
            String before = key(patients.get(i - 1));
            String after = key(patients.get(i));
            int at = i;
            assertTrue(
                    before.compareTo(after) <= 0, () -> "out of name order at " + at + ": " + before + " > " + after);
        }
    }
}
