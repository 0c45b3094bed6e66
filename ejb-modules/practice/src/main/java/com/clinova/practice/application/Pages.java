package com.clinova.practice.application;

import com.clinova.practice.api.NameKey;
import com.clinova.practice.api.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Cuts the {@code limit + 1} rows a repository returns into a page and its continuation key. */
final class Pages {

    private Pages() {}

    static <E, V> Page<V> of(List<E> found, int limit, Function<E, V> view, Function<V, NameKey> key) {
        boolean more = found.size() > limit;
        List<V> items =
                (more ? found.subList(0, limit) : found).stream().map(view).toList();
        Optional<NameKey> next = more ? Optional.of(key.apply(items.get(items.size() - 1))) : Optional.empty();
        return new Page<>(items, next);
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + Page.MAX_LIMIT);
        }
    }
}
