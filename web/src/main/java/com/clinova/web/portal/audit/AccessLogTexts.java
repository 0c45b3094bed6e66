package com.clinova.web.portal.audit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** The portal bundle's texts for messages the access log raises in Java rather than in its page. */
final class AccessLogTexts {

    private AccessLogTexts() {}

    static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    /** An error next to one field, which is also marked invalid so the page flags it for assistive technology. */
    static void fieldError(String clientId, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = bundle().getString(key);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
    }
}
