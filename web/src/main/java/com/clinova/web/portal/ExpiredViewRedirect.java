package com.clinova.web.portal;

import com.clinova.web.security.SignedInStaff;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a form posted to a view the server no longer holds: the page is requested again with
 * GET (with the view parameters the form carried, so the same patient opens), or the sign-in
 * page when nobody is signed in any more. The notice travels as a query parameter rather than in
 * the flash, because the flash lives in the very session that may just have been lost.
 */
final class ExpiredViewRedirect {

    static final String LOGIN = "/login.xhtml";

    private final FacesContext context;

    ExpiredViewRedirect(FacesContext context) {
        this.context = context;
    }

    void send(String viewId) {
        ExternalContext external = context.getExternalContext();
        boolean signedIn =
                SignedInStaff.of((HttpServletRequest) external.getRequest()).isPresent();
        String target = viewId == null || (!signedIn && viewId.startsWith("/app/")) ? LOGIN : viewId;
        Map<String, List<String>> parameters = target.equals(viewId) ? viewParameters(viewId) : new HashMap<>();
        parameters.put(PortalNotices.PARAMETER, List.of(PortalNotices.SESSION_EXPIRED));
        ViewHandler views = context.getApplication().getViewHandler();
        try {
            external.redirect(views.getRedirectURL(context, target, parameters, false));
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }

    /** The view's declared parameters, taken from the posted request (e.g. the patient id). */
    private Map<String, List<String>> viewParameters(String viewId) {
        Map<String, List<String>> found = new HashMap<>();
        ViewMetadata metadata = context.getApplication()
                .getViewHandler()
                .getViewDeclarationLanguage(context, viewId)
                .getViewMetadata(context, viewId);
        if (metadata == null) {
            return found;
        }
        UIViewRoot metadataView = metadata.createMetadataView(context);
        Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(metadataView)) {
            String value = posted.get(parameter.getName());
            if (value != null && !value.isBlank()) {
                found.put(parameter.getName(), List.of(value));
            }
        }
        return found;
    }
}
