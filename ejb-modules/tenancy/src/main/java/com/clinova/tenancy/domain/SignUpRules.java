package com.clinova.tenancy.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.tenancy.api.ClinicSignUp;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sign-up must satisfy, field by field; every broken rule is reported at once so a form
 * can mark all of them. The administrator's e-mail is their username in the portal.
 */
public final class SignUpRules {

    public static final List<String> LOCALES = List.of("es", "en", "pt");
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("^[a-z0-9._%+-]{1,40}@[a-z0-9-]+(\\.[a-z0-9-]+)+$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SignUpRules() {}

    /** @throws RuleViolationException naming every invalid field */
    public static void check(ClinicSignUp s) {
        List<FieldViolation> broken = new ArrayList<>();
        String name = trimmed(s.clinicName());
        if (name.isEmpty() || name.length() > 120) {
            broken.add(new FieldViolation("clinicName", "Give the clinic's name (1 to 120 characters)."));
        }
        String slugProblem = Slug.problemWith(s.slug());
        if (slugProblem != null) {
            broken.add(new FieldViolation("slug", slugProblem));
        }
        String email = username(s.adminEmail());
        if (email.length() > 64 || !EMAIL.matcher(email).matches()) {
            broken.add(new FieldViolation("adminEmail", "Give a valid e-mail address of at most 64 characters."));
        }
        String password = s.adminPassword() == null ? "" : s.adminPassword();
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            broken.add(new FieldViolation(
                    "adminPassword", "The password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters."));
        }
        if (s.country() == null || !COUNTRIES.contains(s.country())) {
            broken.add(new FieldViolation("country", "Give the country as an ISO 3166 code, e.g. ES or PT."));
        }
        if (!LOCALES.contains(s.locale())) {
            broken.add(new FieldViolation("locale", "The language must be one of es, en, pt."));
        }
        if (!validZone(s.timeZone())) {
            broken.add(new FieldViolation("timeZone", "Give an IANA time zone, e.g. Europe/Madrid."));
        }
        if (!validCurrency(s.currency())) {
            broken.add(new FieldViolation("currency", "Give an ISO 4217 currency code, e.g. EUR."));
        }
        if (s.planCode() != null && !PlanCodes.ALL.contains(s.planCode())) {
            broken.add(new FieldViolation(
                    "planCode", "The plan must be one of " + String.join(", ", PlanCodes.ALL) + "."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
    }

    /** The portal username of the administrator: the e-mail, trimmed and in lower case. */
    public static String username(String email) {
        return trimmed(email).toLowerCase(Locale.ROOT);
    }

    public static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean validZone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validCurrency(String code) {
        if (code == null || !code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
