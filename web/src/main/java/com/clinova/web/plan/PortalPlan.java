package com.clinova.web.plan;

import com.clinova.patients.api.PatientService;
import com.clinova.practice.api.PractitionerService;
import com.clinova.tenancy.api.EffectiveEntitlements;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.QuotaUsage;
import com.clinova.web.portal.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The clinic's plan as the portal's pages see it ({@code #{plan}}): which gated parts to show and
 * the 80 % quota notices. Read once per request (one statement), never kept in the session, so a
 * change shows on the next page any node renders.
 */
@Named("plan")
@RequestScoped
public class PortalPlan {

    @EJB
    Entitlements entitlements;

    @EJB
    PractitionerService practitioners;

    @EJB
    PatientService patients;

    private EffectiveEntitlements current;
    private Optional<String> practitionersNotice;
    private Optional<String> patientsNotice;

    private EffectiveEntitlements current() {
        if (current == null) {
            current = entitlements.current();
        }
        return current;
    }

    public boolean isAdvancedReports() {
        return current().isEnabled(Feature.ADVANCED_REPORTS);
    }

    public boolean isRecordAttachments() {
        return current().isEnabled(Feature.RECORD_ATTACHMENTS);
    }

    /**
     * For a page whose whole content is a feature: answers 403 when the plan leaves it out (the
     * page then shows only its "not in your plan" panel).
     */
    public void requireOnPage(String featureCode) {
        Feature feature = Feature.ofCode(featureCode).orElseThrow();
        if (!current().isEnabled(feature)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The practitioners notice at 80 % of the limit or more, else null. */
    public String getPractitionersNotice() {
        if (practitionersNotice == null) {
            practitionersNotice = Optional.ofNullable(notice(practitioners.quotaUsage()));
        }
        return practitionersNotice.orElse(null);
    }

    /** The patients notice at 80 % of the limit or more, else null. */
    public String getPatientsNotice() {
        if (patientsNotice == null) {
            patientsNotice = Optional.ofNullable(notice(patients.quotaUsage()));
        }
        return patientsNotice.orElse(null);
    }

    private static String notice(QuotaUsage usage) {
        if (!usage.nearLimit()) {
            return null;
        }
        String key = usage.reached() ? "plan.quota.reached." : "plan.quota.near.";
        return PortalMessages.text(
                key + usage.quota().code(), usage.used(), usage.limit().max());
    }
}
