package com.clinova.console.pages;

import com.clinova.console.edge.RequestIds;
import com.clinova.console.security.ConsoleUser;
import com.clinova.console.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** What the page template needs to know about the signed-in user, and signing out. */
@Named("me")
@RequestScoped
public class ConsoleSession {

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public boolean isOperator() {
        return user().map(ConsoleUser::isOperator).orElse(false);
    }

    public boolean isClinicAdmin() {
        return user().map(u -> !u.isOperator()).orElse(false);
    }

    public String getDisplayName() {
        return user().map(ConsoleUser::displayName).orElse("");
    }

    public String getRequestId() {
        return RequestIds.of(request());
    }

    public String signOut() throws ServletException {
        HttpServletRequest request = request();
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return "/login.xhtml?faces-redirect=true";
    }

    Optional<ConsoleUser> user() {
        return SignedInUser.of(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
