package com.clinova.console.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the console's bundle in the view's language, and page messages made from them. */
final class Texts {

    private Texts() {}

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
