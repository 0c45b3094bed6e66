package com.clinova.tenancy.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clinic's slug: the one DNS label in front of the base domain that names its portal
 * ({@code <slug>.clinova.example}). Rules, and why:
 *
 * <ul>
 *   <li>3–63 characters of {@code a-z}, {@code 0-9} and {@code -}, starting and ending with a letter or
 *       digit: a valid DNS label (RFC 1035) in its one canonical (lower-case) spelling.
 *   <li>No Unicode and no punycode: a label with {@code --} in positions 3–4 ({@code xn--…}) is
 *       refused. Browsers show an {@code xn--} label as Unicode, so a clinic could take a name that
 *       looks like another's ({@code sonrísa}); ASCII only keeps every portal address unambiguous.
 *       Accented input gets an ASCII suggestion ({@code clínica} → {@code clinica}) instead.
 *   <li>Not a name the platform answers on itself ({@link #RESERVED}: admin, api, www, console, …),
 *       the same list the database's {@code tenant_slug_not_reserved} check holds.
 * </ul>
 */
public record Slug(String value) {

    public static final Set<String> RESERVED = Set.of(
            "admin",
            "api",
            "app",
            "assets",
            "auth",
            "billing",
            "cdn",
            "clinova",
            "console",
            "dashboard",
            "docs",
            "help",
            "login",
            "mail",
            "metrics",
            "operator",
            "openapi",
            "portal",
            "root",
            "static",
            "status",
            "support",
            "www");

    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public Slug {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with {@code candidate} as a slug, in a sentence; null when it is a valid slug. */
    public static String problemWith(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "Choose an address for the clinic's portal.";
        }
        if (candidate.length() < 3 || candidate.length() > 63) {
            return "The address must have 3 to 63 characters.";
        }
        if (!candidate.chars().allMatch(c -> c < 128)) {
            return "Use only a-z, 0-9 and hyphens (no accents or other scripts)"
                    + suggestion(candidate).map(s -> ", e.g. " + s).orElse("") + ".";
        }
        if (!LABEL.matcher(candidate).matches()) {
            return "Use only lower-case a-z, 0-9 and hyphens, starting and ending with a letter or digit.";
        }
        if (candidate.length() >= 4 && candidate.startsWith("--", 2)) {
            return "Hyphens in the third and fourth place are reserved for international (punycode) names.";
        }
        if (RESERVED.contains(candidate)) {
            return "This address is reserved for Clinova itself.";
        }
        return null;
    }

    /** An ASCII spelling of what someone typed (accents dropped, spaces to hyphens), if one is valid. */
    public static Optional<String> suggestion(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String ascii = MARKS.matcher(Normalizer.normalize(typed.trim(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return problemWith(ascii) == null ? Optional.of(ascii) : Optional.empty();
    }
}
