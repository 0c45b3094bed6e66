package com.clinova.console.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/}: operators start at the clinics list, a clinic administrator at their clinic. */
@Named("home")
@RequestScoped
public class HomeView {

    @Inject
    ConsoleSession session;

    public String route() {
        return session.isOperator()
                ? "/app/operator/tenants.xhtml?faces-redirect=true"
                : "/app/clinic.xhtml?faces-redirect=true";
    }
}
