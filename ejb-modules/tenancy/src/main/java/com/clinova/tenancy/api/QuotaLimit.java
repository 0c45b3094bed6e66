package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.OptionalLong;

/** The most a quota allows, or no limit at all. */
public record QuotaLimit(Long max) implements Serializable {

    public static final QuotaLimit UNLIMITED = new QuotaLimit(null);

    public QuotaLimit {
        if (max != null && max < 0) {
            throw new IllegalArgumentException("A quota limit is not negative: " + max);
        }
    }

    public static QuotaLimit of(long max) {
        return new QuotaLimit(max);
    }

    /** A database value: null means unlimited. */
    public static QuotaLimit ofNullable(Long max) {
        return max == null ? UNLIMITED : new QuotaLimit(max);
    }

    public boolean isUnlimited() {
        return max == null;
    }

    public OptionalLong value() {
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }

    /** Whether one more may be added to {@code used}. */
    public boolean admitsOneMore(long used) {
        return max == null || used < max;
    }

    @Override
    public String toString() {
        return max == null ? "unlimited" : Long.toString(max);
    }
}
