package com.clinova.web.api;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Versions as HTTP entity tags: {@code "7"} is version 7. */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The versions a write guarded by {@code If-Match} may be based on: any for {@code *}, else
     * those of the listed strong tags. Weak tags never match (RFC 9110 requires strong comparison
     * for If-Match), so a list of weak tags admits no version and the write is refused as stale.
     *
     * @throws RuleViolationException when the header is not a list of entity tags
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch.trim().equals("*")) {
            return ExpectedVersion.anyVersion();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            strongVersionOf(tag.trim()).ifPresent(versions::add);
        }
        return ExpectedVersion.oneOf(versions);
    }

    /**
     * Whether an {@code If-Match} header admits the opaque tag {@code current} (a tag that is not
     * a version number, such as a working week's fingerprint): {@code *}, or a list naming it as a
     * strong tag (weak tags never match).
     *
     * @throws RuleViolationException when the header is not a list of entity tags
     */
    public static boolean matches(String ifMatch, String current) {
        if (ifMatch.trim().equals("*")) {
            return true;
        }
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            requireTag(trimmed);
            matches |= trimmed.equals("\"" + current + "\"");
        }
        return matches;
    }

    private static void requireTag(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
            throw new RuleViolationException("If-Match", "must be a list of entity tags such as \"3\"");
        }
    }

    private static Optional<Long> strongVersionOf(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
            throw new RuleViolationException("If-Match", "must be a list of entity tags such as \"3\"");
        }
        if (tag.startsWith("W/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(opaque.substring(1, opaque.length() - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a tag we never issued matches no version
        }
    }
}
