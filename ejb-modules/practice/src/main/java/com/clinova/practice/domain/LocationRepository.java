package com.clinova.practice.domain;

import com.clinova.practice.api.NameKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Locations of the clinic bound to the current transaction. */
public interface LocationRepository {

    Optional<Location> find(UUID id);

    /** Stores a new location now, so a duplicate name fails inside this call. */
    void add(Location location);

    /** Flushes changes of a loaded location, surfacing conflicts inside this call. */
    void save(Location location);

    /** Every one of the clinic, in name order (a practice has tens, not thousands). */
    List<Location> all();

    /** Up to {@code limit + 1} locations in name order after {@code after}. */
    List<Location> list(Optional<NameKey> after, int limit);
}
