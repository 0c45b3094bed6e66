package com.clinova.billing.domain;

import java.util.Optional;

/** The billing settings of the clinic bound to the current transaction (at most one). */
public interface BillingSettingsRepository {

    Optional<BillingSettings> find();

    void add(BillingSettings settings);

    /** Flushes changes, surfacing a concurrent change as a stale version inside this call. */
    void save(BillingSettings settings);
}
