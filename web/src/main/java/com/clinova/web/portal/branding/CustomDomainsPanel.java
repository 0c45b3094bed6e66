package com.clinova.web.portal.branding;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.CustomDomainService;
import com.clinova.tenancy.api.CustomDomainView;
import com.clinova.tenancy.api.DomainNotVerifiedException;
import com.clinova.tenancy.api.DomainTakenException;
import com.clinova.web.portal.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The custom-domain part of the Branding page: claim, verify (DNS TXT), remove. */
@Named("customDomains")
@RequestScoped
public class CustomDomainsPanel {

    private static final String FIELD = "domains:new-domain";

    @Inject
    CustomDomainService service;

    private List<CustomDomainView> domains;
    private String newDomain;

    public List<CustomDomainView> getDomains() {
        if (domains == null) {
            domains = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CLINIC_ADMIN)
                    ? service.domains()
                    : List.of();
        }
        return domains;
    }

    public void claim() {
        try {
            CustomDomainView claimed = service.claim(newDomain);
            PortalMessages.info("branding.domains.claimed", claimed.domain());
            newDomain = null;
        } catch (RuleViolationException e) {
            PortalMessages.error(FIELD, "branding.domains.invalid");
        } catch (DomainTakenException e) {
            PortalMessages.error(FIELD, "branding.domains.taken");
        }
        domains = null;
    }

    public void verify(String domain) {
        try {
            service.verify(domain);
            PortalMessages.info("branding.domains.verified", domain);
        } catch (DomainNotVerifiedException e) {
            PortalMessages.error(null, "branding.domains.notVerified", domain);
        } catch (DomainTakenException e) {
            PortalMessages.error(null, "branding.domains.taken");
        } catch (ResourceNotFoundException e) {
            PortalMessages.error(null, "branding.domains.gone");
        }
        domains = null;
    }

    public void remove(String domain) {
        try {
            service.remove(domain);
            PortalMessages.info("branding.domains.removed", domain);
        } catch (ResourceNotFoundException e) {
            PortalMessages.error(null, "branding.domains.gone");
        }
        domains = null;
    }

    public String getNewDomain() {
        return newDomain;
    }

    public void setNewDomain(String newDomain) {
        this.newDomain = newDomain;
    }
}
