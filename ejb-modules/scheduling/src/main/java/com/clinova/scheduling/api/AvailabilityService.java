package com.clinova.scheduling.api;

import com.clinova.platform.error.RuleViolationException;
import jakarta.ejb.Local;

/** Free time of the bound clinic's practitioners (and rooms) for a service. */
@Local
public interface AvailabilityService {

    /**
     * Free slots from now on: inside working hours (wall-clock time of each location's zone),
     * outside holidays, closures and absences, not overlapping live appointments of the
     * practitioner or (for services that need one) of every room of the service there.
     *
     * @throws RuleViolationException for an unknown service, practitioner or location
     */
    Availability freeSlots(AvailabilityQuery query);
}
