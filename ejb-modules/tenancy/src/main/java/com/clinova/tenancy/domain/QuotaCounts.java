package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.Quota;
import java.util.Map;
import java.util.UUID;

/**
 * How much of each counted quota a clinic uses now (practitioners, patients). Only counts: the
 * console never reads the rows themselves. Quotas that metering will count are absent.
 */
public interface QuotaCounts {

    Map<Quota, Long> of(UUID tenant);
}
