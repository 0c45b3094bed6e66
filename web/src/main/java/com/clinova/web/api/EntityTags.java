package com.clinova.web.api;

import com.clinova.platform.error.RuleViolationException;
import jakarta.ws.rs.core.EntityTag;

/** Versions as HTTP entity tags: {@code "7"} is version 7. */
public final class EntityTags {

    /** Matches no stored version, so the write is refused as stale (412). */
    public static final long NO_VERSION = -1;

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a write guarded by {@code If-Match} may be based on: {@code current} when the
     * header is {@code *} or lists {@code current}'s strong tag, else {@link #NO_VERSION}. Weak
     * tags never match (RFC 9110 requires strong comparison for If-Match).
     *
     * @throws RuleViolationException when the header is not a list of entity tags
     */
    public static long matchingVersion(String ifMatch, long current) {
        if (ifMatch.trim().equals("*")) {
            return current;
        }
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            matches |= isStrongTagOf(tag.trim(), current);
        }
        return matches ? current : NO_VERSION;
    }

    private static boolean isStrongTagOf(String tag, long version) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
            throw new RuleViolationException("If-Match", "must be a list of entity tags such as \"3\"");
        }
        return !tag.startsWith("W/") && opaque.equals("\"" + version + "\"");
    }
}
