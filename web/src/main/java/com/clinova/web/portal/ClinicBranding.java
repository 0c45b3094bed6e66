package com.clinova.web.portal;

import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.tenant.ClinicOfRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;

/**
 * The request's clinic as the page template shows it: name, logo and colours. Request scoped
 * because the clinic is a property of the host the request came in on, never of the session.
 */
@Named("clinic")
@RequestScoped
public class ClinicBranding {

    @Inject
    ClinicOfRequest clinics;

    private TenantProfile profile;
    private BrandColours colours;

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // The tenant filter has already refused unknown hosts, so a clinic is always present here.
        profile = clinics.of(request).orElseThrow();
        colours = new BrandColours(profile.primaryColour(), profile.accentColour());
    }

    public String getDisplayName() {
        return profile.displayName();
    }

    public boolean isHasLogo() {
        return profile.hasLogo();
    }

    /** The logo's address with its content version: cached for ever, replaced at once when it changes. */
    public String getLogoUrl() {
        return "/branding/logo?v=" + profile.logoVersion();
    }

    public String getPrimaryColour() {
        return colours.primary();
    }

    public String getOnPrimaryColour() {
        return colours.onPrimary();
    }

    public String getAccentColour() {
        return colours.accent();
    }

    /** The clinic's time zone: "today" and default periods on pages are days there. */
    public ZoneId getTimeZone() {
        return ZoneId.of(profile.timeZone());
    }

    /** The clinic's own language, used when the browser asks for none we offer. */
    String defaultLanguage() {
        return profile.locale();
    }

    String tenantId() {
        return profile.id().toString();
    }
}
