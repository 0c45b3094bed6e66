package com.clinova.web.portal;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import com.clinova.web.api.problem.RequestIds;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles what a Faces request throws. An expired view is an everyday event (a form left open
 * past the session timeout, a node restart), so it is answered with a redirect and a notice, not
 * logged as an error. Anything else is logged once with the request id and answered with the
 * branded error page; only the first exception of a request is shown, the rest are logged too so
 * no cause is lost.
 */
class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    private static String tenant() {
        return TenantContext.current().map(TenantId::toString).orElse("none");
    }

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean answered = false;
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            ViewExpiredException expired = expired(thrown);
            if (!answered && expired != null) {
                new ExpiredViewRedirect(context).send(expired.getViewId());
            } else {
                String requestId = RequestIds.of(
                        (HttpServletRequest) context.getExternalContext().getRequest());
                LOG.log(Level.SEVERE, "Portal request " + requestId + " failed (tenant " + tenant() + ")", thrown);
                if (!answered) {
                    new ErrorPageRenderer(context).render(ErrorPageRenderer.SERVER_ERROR, requestId);
                }
            }
            answered = true;
        }
        getWrapped().handle();
    }

    /** Faces wraps what a phase throws; the expired view may be a few causes down. */
    private static ViewExpiredException expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }
}
