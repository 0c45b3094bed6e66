package com.clinova.web.portal;

import com.clinova.patients.api.DuplicateNationalIdException;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientNotFoundException;
import com.clinova.patients.api.PatientView;
import com.clinova.patients.api.Sex;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.tenancy.api.QuotaExceededException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Registers a new patient ({@code patient.xhtml}) or edits one ({@code patient.xhtml?id=…}).
 * The version read when the form opened travels with the view, so a save over someone else's
 * change is refused by the patients context instead of silently overwriting it.
 */
@Named("patientEdit")
@ViewScoped
public class PatientEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/app/patients.xhtml?faces-redirect=true";

    @Inject
    PortalPatients patients;

    @Inject
    StaffSession staff;

    private String id;
    private PatientId patientId;
    private long version;
    private PatientForm form = new PatientForm();
    private boolean notFound;
    private boolean stale;

    /** Reads the patient named by the {@code id} parameter; no parameter means a new patient. */
    public void open() {
        if (id == null || id.isBlank()) {
            return;
        }
        Optional<PatientView> found = PatientId.parse(id).flatMap(patients::find);
        if (found.isEmpty()) {
            // Same answer for a malformed id, an unknown one and another clinic's.
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
    }

    public String save() {
        if (!staff.isMayEditPatients()) {
            PortalMessages.error(null, "patient.notAllowed");
            return null;
        }
        try {
            PatientView saved = patientId == null
                    ? patients.register(form.toDetails())
                    : patients.update(patientId, version, form.toDetails());
            show(saved);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PortalMessages.info(
                    "patient.saved",
                    saved.details().givenName() + " " + saved.details().familyName());
            return LIST;
        } catch (QuotaExceededException e) {
            PortalMessages.error(null, "plan.quota.refused.active-patients", e.limit());
        } catch (RuleViolationException e) {
            new ViolationMessages("patient").show(e.violations());
        } catch (DuplicateNationalIdException e) {
            PortalMessages.error("patient:nationalId", "patient.nationalId.duplicate");
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "patient.stale");
        } catch (PatientNotFoundException e) {
            notFound = true;
            PortalMessages.error(null, "patient.notFound");
        }
        return null;
    }

    /** Discards this form's edits and shows the patient as it is now. */
    public void reload() {
        stale = false;
        patients.find(patientId).ifPresentOrElse(this::show, () -> notFound = true);
    }

    private void show(PatientView view) {
        patientId = view.id();
        version = view.version();
        form = PatientForm.of(view.details());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    /** New, edit or (for roles that may not change patients) plain details. */
    public String getHeading() {
        if (!staff.isMayEditPatients()) {
            return PortalMessages.text("patient.view.title");
        }
        return PortalMessages.text(isCreating() ? "patient.new.title" : "patient.edit.title");
    }

    public boolean isCreating() {
        return patientId == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }

    public PatientForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
