package com.clinova.console.pages;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.clinova.console.security.SignedInUser;
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
 * The console's sign-in form: operators on the console host, clinic administrators on their clinic's
 * host. A failure does not say whether the username, the password or the role was wrong.
 */
@Named("login")
@RequestScoped
public class LoginView {

    static final String HOME = "/app/index.xhtml?faces-redirect=true";

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    public String skipWhenSignedIn() {
        return SignedInUser.of(request()).isPresent() ? HOME : null;
    }

    public String signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                request(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return HOME;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            context.responseComplete();
            return null;
        }
        external.setResponseStatus(HttpServletResponse.SC_OK);
        Texts.error(null, Texts.text("login.failed"));
        return null;
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
