package com.clinova.platform.tenant;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant bound to the current thread's unit of work.
 *
 * <p>Binding is only possible for the extent of a call, and the previous binding is always
 * restored in {@code finally}, so a pooled thread can never carry one clinic's tenant into the
 * next request. Asynchronous work must carry the {@link TenantId} in its payload and bind it again
 * with {@link #callAs}.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The bound tenant; fails closed when none is bound. */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantBoundException();
        }
        return tenant;
    }

    public static <T> T callAs(TenantId tenant, Callable<T> work) throws Exception {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    public static <T> T supplyAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            work.run();
        } finally {
            restore(previous);
        }
    }

    private static void restore(TenantId previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
