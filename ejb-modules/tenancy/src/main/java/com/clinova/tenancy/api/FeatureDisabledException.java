package com.clinova.tenancy.api;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/** The clinic's plan (or an operator's override) does not include this feature: a 403. */
public class FeatureDisabledException extends NotPermittedException implements SpecificProblem {

    private final Feature feature;

    public FeatureDisabledException(Feature feature) {
        super("The clinic's plan does not include the feature '" + feature.code() + "'.");
        this.feature = feature;
    }

    public Feature feature() {
        return feature;
    }

    @Override
    public String problemSlug() {
        return "feature-disabled";
    }

    @Override
    public String problemTitle() {
        return "Feature not in plan";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("feature", feature.code());
    }
}
