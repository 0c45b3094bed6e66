package com.clinova.web.api;

import com.clinova.platform.error.RuleViolationException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** Versions as HTTP entity tags: {@code "7"} is version 7. */
final class EntityTags {

    private static final long NO_VERSION = -1;

    private EntityTags() {}

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names; empty for {@code *} (any current version).
     *
     * @throws RuleViolationException when the header is not a single tag of ours
     */
    static OptionalLong versionIn(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return OptionalLong.empty();
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new RuleViolationException("If-Match", "must be an entity tag such as \"3\"");
        }
        try {
            return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.of(NO_VERSION); // a well-formed tag we never issued matches nothing
        }
    }
}
