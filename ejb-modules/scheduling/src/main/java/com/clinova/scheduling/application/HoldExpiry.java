package com.clinova.scheduling.application;

import com.clinova.scheduling.domain.AppointmentRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Expires the stale holds of the clinic bound by the caller, in a transaction of its own: a
 * transaction is bound to one clinic, so each clinic needs its own.
 */
@Stateless
public class HoldExpiry {

    @Inject
    AppointmentRepository appointments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireStaleHolds() {
        return appointments.expireStaleHolds(Instant.now());
    }
}
