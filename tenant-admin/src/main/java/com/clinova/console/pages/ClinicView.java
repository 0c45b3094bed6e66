package com.clinova.console.pages;

import com.clinova.console.security.ConsoleUser;
import com.clinova.console.security.SignedInUser;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.PlatformAuditEntry;
import com.clinova.tenancy.api.PlatformAuditTrail;
import com.clinova.tenancy.api.TenantRegistry;
import com.clinova.tenancy.api.TenantSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * One clinic's page: a clinic administrator sees their own (whatever {@code id} says), an operator
 * the clinic named by {@code id} plus its platform audit entries. Branding, plan and usage panels
 * are added here by the work that owns them.
 */
@Named("clinic")
@RequestScoped
public class ClinicView {

    @EJB
    TenantRegistry registry;

    @EJB
    PlatformAuditTrail trail;

    private String id;
    private Optional<TenantSummary> tenant;

    public Optional<TenantSummary> tenant() {
        if (tenant == null) {
            tenant = target().flatMap(registry::find);
        }
        return tenant;
    }

    public TenantSummary getTenant() {
        return tenant().orElse(null);
    }

    public List<PlatformAuditEntry> getAuditEntries() {
        return user().isOperator() && tenant().isPresent()
                ? trail.recent(Optional.of(tenant().get().id()), 50)
                : List.of();
    }

    private Optional<TenantId> target() {
        ConsoleUser user = user();
        if (!user.isOperator()) {
            return user.clinic();
        }
        // On a postback the view parameter is applied only after the page's components were
        // decoded (which already asks for the tenant): forms of this page post the id along.
        String wanted = id != null
                ? id
                : FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("id");
        try {
            return wanted == null ? Optional.empty() : Optional.of(TenantId.of(wanted));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ConsoleUser user() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return SignedInUser.of(request).orElseThrow();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
