package it.com.clinova.api;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Patient bodies for the API. Each built patient has a name, national id and phone number that no
 * other run has used, so the suite can run again and again against the same database and still
 * find exactly the patients it made.
 */
final class PatientBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters only, because a name word is what the search prefix-matches. */
    static final String RUN = randomLetters(6);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PatientBuilder() {
        int n = SEQUENCE.incrementAndGet();
        fields.put("givenName", "Ana" + letter(n));
        fields.put("familyName", "Zz" + capitalised(RUN) + letter(n));
        fields.put(
                "dateOfBirth",
                LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(25_000)).toString());
        fields.put("sex", "female");
        fields.put("phone", "+34 9" + digits(8));
        fields.put("email", "ana." + RUN + n + "@example.test");
        fields.put("nationalId", "IT" + RUN.toUpperCase(Locale.ROOT) + n + digits(4));
        fields.put("address", "Calle Mayor " + n + ", Madrid");
        fields.put("notes", "Created by the black-box API tests");
    }

    /** A valid, unique patient. */
    static PatientBuilder aPatient() {
        return new PatientBuilder();
    }

    PatientBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    PatientBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    String get(String field) {
        return (String) fields.get(field);
    }

    /** n in letters a..w ended by x, so no patient's name word is a prefix of another's. */
    private static String letter(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; i > 0; i /= 23) {
            s.append((char) ('a' + i % 23));
        }
        return s.append('x').toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String randomLetters(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String digits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }
}
