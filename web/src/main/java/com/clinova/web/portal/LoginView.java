package com.clinova.web.portal;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.clinova.web.security.SignedInStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form. Credentials go to the application's authentication mechanism, which checks
 * them against the host's clinic only; a failure names neither the username nor the password as
 * the wrong one, so the form cannot be used to discover staff usernames.
 */
@Named("login")
@RequestScoped
public class LoginView {

    static final String HOME = "/app/patients.xhtml?faces-redirect=true";

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    /** Someone already signed in has nothing to do here. */
    public String skipWhenSignedIn() {
        return SignedInStaff.of(request()).isPresent() ? HOME : null;
    }

    public String signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                request(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(), new Password(nullToEmpty(password))))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS:
                return HOME;
            case SEND_CONTINUE:
                context.responseComplete(); // the mechanism has taken over the response
                return null;
            default:
                // The mechanism may have answered 401; the page re-renders as an ordinary form.
                external.setResponseStatus(HttpServletResponse.SC_OK);
                PortalMessages.error(null, "login.failed");
                return null;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
