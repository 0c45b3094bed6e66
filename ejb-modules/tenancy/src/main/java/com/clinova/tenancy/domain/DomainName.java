package com.clinova.tenancy.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A custom domain as stored: lower-case ASCII (an internationalised name in its punycode form, as
 * the Host header carries it), no trailing dot, at least two labels, every label a valid
 * host-name label, never an IP address and never a name under Clinova's own base domain (those
 * are clinics' subdomains, not something to claim).
 */
public record DomainName(String value) {

    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");

    /** The normalised name, or the reason {@code input} is not one a clinic may claim. */
    public static Result parse(String input, String baseDomain) {
        if (input == null || input.isBlank()) {
            return Result.refused("is required");
        }
        String name = input.trim();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Result.refused("must be a domain name such as clinic.example.com");
        }
        if (ascii.length() > 253 || !ascii.contains(".")) {
            return Result.refused("must be a full domain name such as clinic.example.com");
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Result.refused("must be a domain name such as clinic.example.com");
            }
        }
        if (labels[labels.length - 1].matches("[0-9]+")) {
            return Result.refused("must be a domain name, not an IP address");
        }
        String base = baseDomain.toLowerCase(Locale.ROOT);
        if (ascii.equals(base)
                || ascii.endsWith("." + base)
                || ascii.equals("localhost")
                || ascii.endsWith(".localhost")) {
            return Result.refused("is one of Clinova's own addresses; claim a domain your clinic controls");
        }
        return new Result(Optional.of(new DomainName(ascii)), null);
    }

    /** The DNS name at which the clinic publishes its verification token. */
    public String challengeRecord() {
        return "_clinova-challenge." + value;
    }

    /** Either a name or why there is none. */
    public record Result(Optional<DomainName> name, String problem) {
        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
