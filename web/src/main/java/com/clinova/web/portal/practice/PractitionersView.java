package com.clinova.web.portal.practice;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.Versioned;
import com.clinova.tenancy.api.QuotaExceededException;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The practitioners list, with each one's account, and (for admins) the form that registers one. */
@Named("practicePractitioners")
@ViewScoped
public class PractitionersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private List<PractitionerView> practitioners = List.of();
    private StaffChoices staff;
    private PractitionerForm form = new PractitionerForm();

    public void open() {
        practitioners = practice.catalog().practitioners();
        staff = new StaffChoices(practice.staff().accounts());
    }

    public String create() {
        if (!access.allowed()) {
            return null;
        }
        try {
            Versioned<PractitionerView> created = practice.practitioners().register(form.details(), form.account());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PortalMessages.info("practice.practitioner.saved", created.value().displayName());
            return "/app/practice/practitioner.xhtml?faces-redirect=true&id="
                    + created.value().id();
        } catch (RuleViolationException e) {
            PracticeViolations.show("new-practitioner", PractitionerForm.FIELDS, e.violations());
        } catch (QuotaExceededException e) {
            PortalMessages.error(null, "plan.quota.refused.practitioners", e.limit());
        } catch (ConflictException e) {
            PortalMessages.error("new-practitioner:userId", "practice.practitioner.accountTaken");
        }
        return null;
    }

    public List<PractitionerView> getPractitioners() {
        return practitioners;
    }

    public String accountOf(PractitionerView practitioner) {
        return staff.nameOf(practitioner.userId());
    }

    public List<StaffChoices.Choice> getAccounts() {
        return staff.freeFor(null, practitioners);
    }

    public PractitionerForm getForm() {
        return form;
    }
}
