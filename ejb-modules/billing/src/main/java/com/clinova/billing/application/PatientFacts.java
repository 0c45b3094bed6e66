package com.clinova.billing.application;

import com.clinova.billing.api.PartyDetails;
import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientNotFoundException;
import com.clinova.patients.api.PatientService;
import com.clinova.platform.error.RuleViolationException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The patients billing refers to, through the patients api. */
@ApplicationScoped
public class PatientFacts {

    @EJB
    PatientService patients;

    /** @throws RuleViolationException on {@code field} when the clinic has no such patient */
    void requireInBody(String field, UUID patientId) {
        if (patientId == null) {
            throw new RuleViolationException(field, "is required");
        }
        if (!patients.exists(new PatientId(patientId))) {
            throw new RuleViolationException(field, "is not a patient of this clinic");
        }
    }

    /** @throws PatientNotFoundException when the clinic has no such patient (the id was in the path) */
    void requireInPath(UUID patientId) {
        PatientId id = new PatientId(patientId);
        if (!patients.exists(id)) {
            throw new PatientNotFoundException(id);
        }
    }

    /**
     * The patient as an invoice names them: full name, national id, address. A read of the
     * patient's details, which the patients context records in the audit trail.
     */
    PartyDetails buyer(UUID patientId) {
        PatientDetails d = patients.find(new PatientId(patientId))
                .orElseThrow(() -> new PatientNotFoundException(new PatientId(patientId)))
                .details();
        return new PartyDetails(d.givenName() + " " + d.familyName(), d.nationalId(), d.address());
    }
}
