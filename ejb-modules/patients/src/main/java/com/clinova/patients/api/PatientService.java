package com.clinova.patients.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Registering, changing, reading and finding the patients of the bound clinic. */
@Local
public interface PatientService {

    /** @throws RuleViolationException when the details break a rule of {@code Patient} */
    PatientView register(PatientDetails details);

    /**
     * Replaces the details of a patient last read at {@code expectedVersion}.
     *
     * @throws PatientNotFoundException for an unknown id
     * @throws StaleVersionException when someone changed the patient since
     */
    PatientView update(PatientId id, long expectedVersion, PatientDetails details);

    Optional<PatientView> find(PatientId id);

    /**
     * The rules these details break (empty when valid), so an edge that has already found some
     * unreadable fields can report every problem at once.
     */
    List<FieldViolation> violationsOf(PatientDetails details);

    PatientPage search(PatientQuery query);
}
