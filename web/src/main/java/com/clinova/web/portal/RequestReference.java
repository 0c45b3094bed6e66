package com.clinova.web.portal;

import com.clinova.web.api.problem.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The request id an error page shows, the same one its log line and X-Request-Id header carry, so
 * a user can quote it to support and support can find the cause.
 */
@Named("requestReference")
@RequestScoped
public class RequestReference {

    public String getId() {
        return RequestIds.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
