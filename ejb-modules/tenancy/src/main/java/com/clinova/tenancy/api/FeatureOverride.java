package com.clinova.tenancy.api;

import java.io.Serializable;

/** A clinic's own setting of one feature, whatever its plan says. */
public record FeatureOverride(Feature feature, boolean enabled, OverrideNote note) implements Serializable {}
