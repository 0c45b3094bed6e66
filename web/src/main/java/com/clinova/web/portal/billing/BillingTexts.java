package com.clinova.web.portal.billing;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.SpecificProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The portal bundle's texts for what the billing pages say from Java: localized errors next to
 * the fields the billing context named (its own messages are English, for API clients), one
 * message per problem type, (amounts: {@link com.clinova.web.portal.Amounts}).
 */
final class BillingTexts {

    private BillingTexts() {}

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static boolean has(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key);
    }

    /** An error at the top of the page. */
    static void error(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A confirmation shown on the page a redirect leads to (kept in the flash for one request). */
    static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The problem's own message ({@code billing.problem.<slug>}), or a general one for a type without. */
    static void problem(SpecificProblem problem) {
        String key = "billing.problem." + problem.problemSlug();
        error(has(key) ? key : "billing.problem.other");
    }

    /**
     * Each violation next to its field in {@code form} ({@code billing.violation.<field>}); one on
     * a field the form does not show goes to the top of the page.
     */
    static void violations(String form, List<String> fields, List<FieldViolation> violations) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldViolation violation : violations) {
            String field = violation.field().replaceAll("\\[\\d+]$", "");
            String key = "billing.violation." + field;
            if (fields.contains(field) && has(key)) {
                String text = text(key);
                String clientId = form + ":" + field;
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                    input.setValid(false);
                }
            } else {
                error(has(key) ? key : "billing.violation.other");
            }
        }
    }
}
