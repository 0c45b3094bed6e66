package com.clinova.console.pages;

import com.clinova.console.edge.AudienceOfRequest;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.PlatformActor;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/** The public sign-up page: only on the console host (a clinic's host answers 404). */
@Named("signUp")
@ViewScoped
public class SignUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Onboarding onboarding;

    @Inject
    AudienceOfRequest audiences;

    private final ClinicForm form = new ClinicForm();

    public void onlyOnConsoleHost() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        if (audiences.of(request).map(a -> !a.isPlatform()).orElse(true)) {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
            context.responseComplete();
        }
    }

    public String submit() {
        form.submit(onboarding, PlatformActor.selfService(form.getAdminEmail()));
        return null;
    }

    public ClinicForm getForm() {
        return form;
    }
}
