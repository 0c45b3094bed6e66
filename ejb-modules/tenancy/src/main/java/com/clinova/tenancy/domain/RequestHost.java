package com.clinova.tenancy.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A request's host name, normalised (lower case, no port, no trailing dot), and the rule that
 * reads a clinic slug from it: exactly one DNS label in front of the configured base domain.
 */
public record RequestHost(String name) {

    public static Optional<RequestHost> parse(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return Optional.empty();
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return Optional.empty(); // an IPv6 literal never names a clinic
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(new RequestHost(host));
    }

    /** The slug when this host is {@code <slug>.<baseDomain>}; empty otherwise. */
    public Optional<String> slugUnder(String baseDomain) {
        String suffix = "." + baseDomain.toLowerCase(Locale.ROOT);
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        String label = name.substring(0, name.length() - suffix.length());
        return label.isEmpty() || label.contains(".") ? Optional.empty() : Optional.of(label);
    }
}
