package com.clinova.web.portal.audit;

import com.clinova.audit.api.AuditExport;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditLog;
import com.clinova.audit.api.AuditPage;
import com.clinova.audit.api.AuditQuery;
import com.clinova.audit.api.ChainVerification;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientService;
import com.clinova.web.api.audit.AuditCsv;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The audit and patients contexts as the access log's view-scoped bean reaches them: through an
 * application-scoped proxy, which serializes as a mere reference into the shared session store.
 */
@ApplicationScoped
public class PortalAudit {

    static final int PATIENT_CHOICES = 10;

    @EJB
    AuditLog log;

    @EJB
    PatientService patients;

    AuditPage find(AuditQuery query) {
        return log.find(query);
    }

    List<String> actors() {
        return log.actors();
    }

    ChainVerification verify() {
        return log.verify();
    }

    /** Records the export, then streams it as CSV. */
    void export(AuditFilter filter, OutputStream out) throws IOException {
        AuditExport export = log.beginExport(filter);
        AuditCsv.stream(log, export, out);
    }

    /** Patients whose name matches {@code name}, to pick one to filter by (a recorded search). */
    PatientPage patientsNamed(String name) {
        return patients.search(new PatientQuery(
                Optional.of(name),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PATIENT_CHOICES,
                Optional.empty()));
    }
}
