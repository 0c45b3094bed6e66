package com.clinova.platform.request;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The origin of the request the current thread is serving. Bound by the web edge for the extent
 * of one request and restored in {@code finally}, exactly like the tenant, so a pooled thread
 * never carries one request's id or address into the next. Work outside a request (timers,
 * asynchronous tasks) has no origin.
 */
public final class RequestOriginContext {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    private RequestOriginContext() {}

    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T callAs(RequestOrigin origin, Callable<T> work) throws Exception {
        RequestOrigin previous = CURRENT.get();
        CURRENT.set(origin);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
