package com.clinova.tenancy.api;

import java.io.Serializable;

/** A clinic's own limit of one quota, whatever its plan says. */
public record QuotaOverride(Quota quota, QuotaLimit limit, OverrideNote note) implements Serializable {}
