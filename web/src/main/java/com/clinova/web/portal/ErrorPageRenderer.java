package com.clinova.web.portal;

import com.clinova.web.api.problem.RequestIds;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Replaces whatever a failed Faces request had started to render with the branded error view,
 * in the same request, so the status stays 500 and the page shows this request's id. The error
 * views live under WEB-INF: nobody can request them directly, only failures reach them.
 */
final class ErrorPageRenderer {

    static final String SERVER_ERROR = "/WEB-INF/errors/error.xhtml";

    private final FacesContext context;

    ErrorPageRenderer(FacesContext context) {
        this.context = context;
    }

    void render(String viewId, String requestId) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return; // part of the page has reached the browser; the log line is all we can add
        }
        external.responseReset();
        external.setResponseStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        external.setResponseHeader(RequestIds.HEADER, requestId);
        ViewHandler views = context.getApplication().getViewHandler();
        UIViewRoot view = views.createView(context, viewId);
        context.setViewRoot(view);
        try {
            views.getViewDeclarationLanguage(context, viewId).buildView(context, view);
            views.renderView(context, view);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }
}
