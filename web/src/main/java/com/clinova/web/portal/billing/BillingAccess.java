package com.clinova.web.portal.billing;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may see the billing pages: billing staff and clinic admins, the roles the billing context
 * itself admits. Others get a page that says so with status 403, before anything is read.
 */
final class BillingAccess {

    private BillingAccess() {}

    static boolean mayBill() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(BILLING) || external.isUserInRole(CLINIC_ADMIN);
    }

    static boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CLINIC_ADMIN);
    }

    /** Marks the response 403 and answers true when the caller may not bill. */
    static boolean refuse() {
        if (mayBill()) {
            return false;
        }
        status(HttpServletResponse.SC_FORBIDDEN);
        return true;
    }

    static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
