package com.clinova.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Notices the template shows above a page's own messages. Only known notice codes are read from
 * the URL, and the text always comes from the bundle, so a crafted link cannot put words on the
 * page. A browser that still presents a session the server no longer knows is told its session
 * ended, which covers a form posted to a protected page after the timeout: the container sends
 * that post to the sign-in page before any Faces code runs.
 */
@Named("notice")
@RequestScoped
public class PortalNotices {

    static final String PARAMETER = "notice";
    static final String SESSION_EXPIRED = "session-expired";

    /** The notice's text, or null when there is none. */
    public String getText() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        boolean onSignIn = context.getViewRoot() != null
                && ExpiredViewRedirect.LOGIN.equals(context.getViewRoot().getViewId());
        if (SESSION_EXPIRED.equals(external.getRequestParameterMap().get(PARAMETER))) {
            return PortalMessages.text(onSignIn ? "session.expired.signIn" : "session.expired.repeat");
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (onSignIn && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            return PortalMessages.text("session.expired.signIn");
        }
        return null;
    }
}
