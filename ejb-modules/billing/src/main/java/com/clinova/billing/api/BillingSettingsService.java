package com.clinova.billing.api;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;

/** The bound clinic's billing settings: read by billing staff and admins, changed by admins only. */
@Local
public interface BillingSettingsService {

    BillingSettingsView settings();

    /**
     * Replaces the settings (creating them the first time, at version 0).
     *
     * @throws RuleViolationException naming every invalid field
     * @throws StaleVersionException when someone changed them since {@code expected}
     */
    BillingSettingsView change(ExpectedVersion expected, BillingSettingsDetails details);

    /** The rules these details break, so an edge with unreadable fields can report all at once. */
    List<FieldViolation> violationsOf(BillingSettingsDetails details);
}
