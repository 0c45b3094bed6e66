package com.clinova.web.plan;

import com.clinova.tenancy.api.QuotaUsage;
import jakarta.ws.rs.core.Response;

/**
 * The soft warning of a quota at 80 % or more: a response header on the request that added one,
 * {@code Clinova-Quota-Warning: practitioners; used=9; limit=10} (one per quota, parameters in the
 * structured-field style of RFC 8941), so an API client can tell its clinic admin before the hard
 * limit refuses.
 */
public final class QuotaWarnings {

    public static final String HEADER = "Clinova-Quota-Warning";

    private QuotaWarnings() {}

    /** The header's value, or null when the quota is below the warning threshold. */
    public static String headerValue(QuotaUsage usage) {
        if (!usage.nearLimit()) {
            return null;
        }
        return usage.quota().code() + "; used=" + usage.used() + "; limit="
                + usage.limit().max();
    }

    /** Adds the warning to {@code response} when {@code usage} is near its limit. */
    public static Response.ResponseBuilder warn(Response.ResponseBuilder response, QuotaUsage usage) {
        String value = headerValue(usage);
        return value == null ? response : response.header(HEADER, value);
    }
}
