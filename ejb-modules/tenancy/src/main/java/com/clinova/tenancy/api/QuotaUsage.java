package com.clinova.tenancy.api;

import java.io.Serializable;

/**
 * How much of a quota a clinic uses. Near the limit from {@value #WARNING_PERCENT} % on: the
 * product warns (a response header, a portal notice) but still admits; at the limit it refuses.
 */
public record QuotaUsage(Quota quota, long used, QuotaLimit limit) implements Serializable {

    public static final int WARNING_PERCENT = 80;

    /** True from 80 % of a limited quota on (a limit of 0 is always reached). */
    public boolean nearLimit() {
        return !limit.isUnlimited() && used * 100 >= limit.max() * WARNING_PERCENT;
    }

    /** True when nothing more may be added. */
    public boolean reached() {
        return !limit.admitsOneMore(used);
    }

    /** Whole percent of the limit used (rounded down); -1 when unlimited. */
    public int percent() {
        if (limit.isUnlimited()) {
            return -1;
        }
        return limit.max() == 0 ? 100 : (int) Math.min(Integer.MAX_VALUE, used * 100 / limit.max());
    }
}
