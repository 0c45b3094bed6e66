package com.clinova.billing.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** The clinic has no billing settings yet (tax rate, legal details), so it cannot invoice. */
public class BillingNotConfiguredException extends ConflictException implements SpecificProblem {

    public BillingNotConfiguredException() {
        super("A clinic admin must save the billing settings (tax rate, invoice prefix, legal details) first");
    }

    @Override
    public String problemSlug() {
        return "billing-not-configured";
    }

    @Override
    public String problemTitle() {
        return "Billing is not configured";
    }
}
