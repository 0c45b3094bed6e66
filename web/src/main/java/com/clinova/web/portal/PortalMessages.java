package com.clinova.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Localized texts from the portal's bundle for messages raised in Java rather than in pages. */
public final class PortalMessages {

    private static final String BUNDLE_VARIABLE = "msg";

    private PortalMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE_VARIABLE);
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /**
     * An error shown next to one field ({@code clientId}) or, with null, at the top of the page.
     * A field's error also marks the field invalid, so the page flags it (aria-invalid) and points
     * it at the message, as it does for errors found by the page's own validators.
     */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        if (clientId != null
                && FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
