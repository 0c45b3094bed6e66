package com.clinova.tenancy.api;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/** Adding one more would pass the clinic's hard limit: a 403 that names the quota and the limit. */
public class QuotaExceededException extends NotPermittedException implements SpecificProblem {

    private final Quota quota;
    private final long limit;
    private final long used;

    public QuotaExceededException(Quota quota, long limit, long used) {
        super("The clinic's plan allows at most " + limit + " " + quota.code() + "; " + used + " in use.");
        this.quota = quota;
        this.limit = limit;
        this.used = used;
    }

    public Quota quota() {
        return quota;
    }

    public long limit() {
        return limit;
    }

    @Override
    public String problemSlug() {
        return "quota-exceeded";
    }

    @Override
    public String problemTitle() {
        return "Plan limit reached";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("quota", quota.code(), "limit", Long.toString(limit), "used", Long.toString(used));
    }
}
