package com.clinova.web.portal;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The patients context as the portal's view-scoped beans reach it. View state is serialized into
 * the shared session store; an application-scoped client proxy serializes as a mere reference
 * on every container, which an EJB reference held directly by the view is not guaranteed to do.
 */
@ApplicationScoped
public class PortalPatients {

    @EJB
    PatientService patients;

    PatientView register(PatientDetails details) {
        return patients.register(details);
    }

    PatientView update(PatientId id, long expectedVersion, PatientDetails details) {
        return patients.update(id, ExpectedVersion.exactly(expectedVersion), details);
    }

    Optional<PatientView> find(PatientId id) {
        return patients.find(id);
    }

    PatientPage search(PatientQuery query) {
        return patients.search(query);
    }
}
