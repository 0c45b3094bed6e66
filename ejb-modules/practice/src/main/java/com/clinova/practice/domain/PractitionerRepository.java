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

    /** The clinic's active practitioners (the plan's practitioners quota counts these). */
    long countActive();

    /**
     * {@link #countActive()} after taking the clinic's practitioner-quota lock, held until the
     * transaction ends: concurrent registrations count one after the other, so none passes the
     * plan's limit by racing another.
     */
    long countActiveExclusively();

    /** Stores a new practitioner now, so an account already linked fails inside this call. */
    void add(Practitioner practitioner);

    void save(Practitioner practitioner);

    /** Every one of the clinic, in display name order (a practice has tens, not thousands). */
    List<Practitioner> all();

    /** Up to {@code limit + 1} practitioners in display-name order after {@code after}. */
    List<Practitioner> list(Optional<NameKey> after, int limit);
}
