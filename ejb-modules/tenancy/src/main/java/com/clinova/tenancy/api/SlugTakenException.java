package com.clinova.tenancy.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/** Another clinic already has the slug (and so the subdomain). */
public class SlugTakenException extends ConflictException implements SpecificProblem {

    private final String slug;

    public SlugTakenException(String slug) {
        super("The address " + slug + " is taken by another clinic; choose another.");
        this.slug = slug;
    }

    @Override
    public String problemSlug() {
        return "slug-taken";
    }

    @Override
    public String problemTitle() {
        return "Address taken";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("slug", slug);
    }
}
