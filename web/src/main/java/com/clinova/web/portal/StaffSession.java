package com.clinova.web.portal;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.tenancy.api.StaffMember;
import com.clinova.web.security.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in staff member as the pages see it: name, what they may do, and signing out.
 * Permissions are read from the container's roles, the same ones the REST API checks.
 */
@Named("staff")
@RequestScoped
public class StaffSession {

    public boolean isSignedIn() {
        return member().isPresent();
    }

    public String getDisplayName() {
        return member().map(StaffMember::displayName).orElse("");
    }

    /** Registering and editing patients is for the clinic's administrators and front desk. */
    public boolean isMayEditPatients() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(CLINIC_ADMIN) || external.isUserInRole(FRONT_DESK);
    }

    /** Clinical records are for practitioners and clinic admins (who read them but do not write). */
    public boolean isClinical() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(PRACTITIONER) || external.isUserInRole(CLINIC_ADMIN);
    }

    /** Writing records (encounters, notes, attachments) is for practitioners. */
    public boolean isMayWriteRecords() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PRACTITIONER);
    }

    /** Admins, front desk and practitioners run the clinic's day (day lists, calendars). */
    public boolean isRunsTheDay() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(CLINIC_ADMIN)
                || external.isUserInRole(FRONT_DESK)
                || external.isUserInRole(PRACTITIONER);
    }

    /** The access log and other clinic administration are for the clinic's administrators. */
    public boolean isClinicAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CLINIC_ADMIN);
    }

    /** Invoices, payments and balances are for billing staff and clinic administrators. */
    public boolean isMayBill() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(CLINIC_ADMIN) || external.isUserInRole(BILLING);
    }

    public String signOut() throws ServletException {
        HttpServletRequest request = request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        forgetSessionCookie(request);
        return "/login.xhtml?faces-redirect=true";
    }

    /**
     * Without this the browser would present the dead session id on the sign-in page, which reads
     * it as a session that expired and would say so to someone who just signed out on purpose.
     */
    private static void forgetSessionCookie(HttpServletRequest request) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        external.addResponseCookie(
                name == null ? "JSESSIONID" : name, "", Map.of("maxAge", 0, "path", path, "httpOnly", true));
    }

    private static Optional<StaffMember> member() {
        return SignedInStaff.of(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
