package com.clinova.patients.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.tenancy.api.QuotaUsage;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Registering, changing, reading and finding the patients of the bound clinic. Every call that
 * reads or writes a patient's data is recorded in the clinic's audit trail, in the same
 * transaction: a registration, a change, a read that found the patient, a search with every
 * patient it returned. Calls that fail record nothing, because they change and return nothing.
 */
@Local
public interface PatientService {

    /** @throws RuleViolationException when the details break a rule of {@code Patient} */
    PatientView register(PatientDetails details);

    /**
     * Replaces the details of a patient whose current version {@code expected} admits.
     *
     * @throws PatientNotFoundException for an unknown id
     * @throws StaleVersionException when someone changed the patient since
     */
    PatientView update(PatientId id, ExpectedVersion expected, PatientDetails details);

    /** The patient, or empty for an id this clinic has no patient with. */
    Optional<PatientView> find(PatientId id);

    /**
     * Whether the bound clinic has a patient with this id, for another context that refers to a
     * patient by id (booking an appointment). Reveals none of the patient's data, so it is not
     * recorded in the audit trail; the referring use case records its own access.
     */
    boolean exists(PatientId id);

    /**
     * The patients with these ids (unknown ids are skipped), e.g. to name the patients of a
     * calendar; recorded as one search naming every patient returned.
     */
    List<PatientView> findAll(Collection<PatientId> ids);

    /**
     * The rules these details break (empty when valid), so an edge that has already found some
     * unreadable fields can report every problem at once.
     */
    List<FieldViolation> violationsOf(PatientDetails details);

    PatientPage search(PatientQuery query);

    /** The clinic's patients against its plan's limit (for the 80 % warning). */
    QuotaUsage quotaUsage();
}
