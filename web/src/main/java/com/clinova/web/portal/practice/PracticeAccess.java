package com.clinova.web.portal.practice;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.web.portal.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Who may change the practice: the clinic's admins. Everyone else reads it. */
@Named("practiceAccess")
@RequestScoped
public class PracticeAccess {

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CLINIC_ADMIN);
    }

    /** True for an admin; otherwise says so on the page, for a post crafted past the hidden forms. */
    boolean allowed() {
        if (isAdmin()) {
            return true;
        }
        PortalMessages.error(null, "practice.notAllowed");
        return false;
    }
}
