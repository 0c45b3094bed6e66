package com.clinova.practice.domain;

import com.clinova.practice.api.NameKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Services of the clinic bound to the current transaction. */
public interface ServiceOfferingRepository {

    Optional<ServiceOffering> find(UUID id);

    /** Stores a new service now, so a duplicate name fails inside this call. */
    void add(ServiceOffering service);

    void save(ServiceOffering service);

    /** Every one of the clinic, in name order (a practice has tens, not thousands). */
    List<ServiceOffering> all();

    /** Up to {@code limit + 1} services in name order after {@code after}. */
    List<ServiceOffering> list(Optional<NameKey> after, int limit);
}
