package com.clinova.billing.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * The clinic's billing settings. Until an admin saves them, {@code configured} is false, {@code
 * details} holds suggestions (tax 0, a prefix from the clinic's name) and {@code version} is 0;
 * invoices can be drafted and issued only once they are configured.
 */
public record BillingSettingsView(BillingSettingsDetails details, boolean configured, long version, Instant updatedAt)
        implements Serializable {}
