package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A plan of the catalog: the features it includes and the limit of each quota. */
public record PlanView(String code, String name, int sortOrder, Set<Feature> features, Map<Quota, QuotaLimit> quotas)
        implements Serializable {

    public PlanView {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        quotas = Map.copyOf(quotas.isEmpty() ? Map.of() : new EnumMap<>(quotas));
    }
}
