package com.clinova.practice.domain;

import com.clinova.practice.api.NameKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Practitioners of the clinic bound to the current transaction. */
public interface PractitionerRepository {

    Optional<Practitioner> find(UUID id);

    /**
     * The practitioner, locked until the transaction ends, so changes to what hangs off it (the
     * working week) are made one writer at a time.
     */
    Optional<Practitioner> findLocked(UUID id);

    Optional<Practitioner> findByAccount(UUID userId);

    /** Stores a new practitioner now, so an account already linked fails inside this call. */
    void add(Practitioner practitioner);

    void save(Practitioner practitioner);

    /** Every one of the clinic, in display name order (a practice has tens, not thousands). */
    List<Practitioner> all();

    /** Up to {@code limit + 1} practitioners in display-name order after {@code after}. */
    List<Practitioner> list(Optional<NameKey> after, int limit);
}
