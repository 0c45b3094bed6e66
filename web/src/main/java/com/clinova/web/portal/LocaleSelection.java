package com.clinova.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language the portal speaks to this session. Until the user picks one it is negotiated
 * afresh on every request (browser preference among es/en/pt, else the clinic's language). A
 * pick is kept as a bare language code together with the clinic it was made at, because one
 * session cookie can be presented on several clinics' hosts and no choice may leak between them.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("es", "en", "pt");
    private static final String LAST_RESORT = "en";

    @Inject
    ClinicBranding clinic;

    private String chosenCode;
    private String chosenAtTenant;

    public String getCode() {
        if (chosenCode != null && clinic.tenantId().equals(chosenAtTenant)) {
            return chosenCode;
        }
        return negotiate();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public List<String> getLanguages() {
        return SUPPORTED;
    }

    /** Switches the language and re-requests the current page, so every text is re-rendered. */
    public String select(String code) {
        if (SUPPORTED.contains(code)) {
            chosenCode = code;
            chosenAtTenant = clinic.tenantId();
        }
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    private String negotiate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Without the header the container would report its own default locale, not the user's.
        if (external.getRequestHeaderMap().get("Accept-Language") != null) {
            for (Locale wanted : Collections.list(((ServletRequest) external.getRequest()).getLocales())) {
                if (SUPPORTED.contains(wanted.getLanguage())) {
                    return wanted.getLanguage();
                }
            }
        }
        String clinicDefault = Locale.forLanguageTag(clinic.defaultLanguage()).getLanguage();
        return SUPPORTED.contains(clinicDefault) ? clinicDefault : LAST_RESORT;
    }
}
