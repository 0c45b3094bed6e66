package com.clinova.practice.api;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The services (treatments) a clinic offers, for its admins (every staff member may read). Prices
 * are in the clinic's currency, fixed when the service is created.
 */
@Local
public interface OfferingService {

    /** @throws RuleViolationException naming every broken rule; ConflictException for a duplicate name */
    Versioned<ServiceView> offer(ServiceDetails details);

    /**
     * @throws ResourceNotFoundException for an unknown id
     * @throws StaleVersionException when someone changed the service since
     */
    Versioned<ServiceView> change(UUID id, long expectedVersion, ServiceDetails details, boolean active);

    Optional<Versioned<ServiceView>> find(UUID id);

    /** The rules these details break for a new service (empty when valid). */
    List<FieldViolation> violationsOf(ServiceDetails details);

    Page<Versioned<ServiceView>> list(Optional<NameKey> after, int limit);
}
