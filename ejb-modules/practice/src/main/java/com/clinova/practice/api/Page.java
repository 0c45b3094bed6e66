package com.clinova.practice.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One page of a listing in name order and, when more follow, the key to continue after. */
public record Page<T>(List<T> items, Optional<NameKey> next) implements Serializable {

    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(items);
    }
}
