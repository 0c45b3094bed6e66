package com.clinova.console.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The console's language: the visitor's pick, else negotiated from the browser among es/en/pt,
 * else English. The console session is scoped to one host (its cookie to /admin on that host),
 * so a pick never leaks to another clinic.
 */
@Named("consoleLocale")
@SessionScoped
public class ConsoleLocale implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("es", "en", "pt");

    private String chosen;

    public String getCode() {
        return chosen != null ? chosen : negotiate();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public List<String> getLanguages() {
        return SUPPORTED;
    }

    public String select(String code) {
        if (SUPPORTED.contains(code)) {
            chosen = code;
        }
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    private static String negotiate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestHeaderMap().get("Accept-Language") != null) {
            for (Locale wanted : Collections.list(((ServletRequest) external.getRequest()).getLocales())) {
                if (SUPPORTED.contains(wanted.getLanguage())) {
                    return wanted.getLanguage();
                }
            }
        }
        return "en";
    }
}
