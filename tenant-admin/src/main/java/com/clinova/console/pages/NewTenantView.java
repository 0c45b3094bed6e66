package com.clinova.console.pages;

import com.clinova.console.security.SignedInUser;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.PlatformActor;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** An operator opens a clinic on someone's behalf (operator pages only, see web.xml). */
@Named("newTenant")
@ViewScoped
public class NewTenantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Onboarding onboarding;

    private final ClinicForm form = new ClinicForm();

    public String submit() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String operator = SignedInUser.of(request).orElseThrow().username();
        form.submit(onboarding, PlatformActor.operator(operator));
        return null;
    }

    public ClinicForm getForm() {
        return form;
    }
}
