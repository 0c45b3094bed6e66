package com.clinova.web.tenant;

import com.clinova.web.api.ApiRequests;
import com.clinova.web.api.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The 404 for a host that names no clinic: a problem document for the API, a trilingual page for
 * browsers. Written directly (not dispatched), because it is also sent from the authentication
 * mechanism, before any filter or servlet would run.
 */
@ApplicationScoped
public class UnknownClinicAnswer {

    private static final String PAGE = "/WEB-INF/errors/unknown-clinic.html";

    @Inject
    Problems problems;

    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiRequests.isApiCall(request)) {
            problems.write(request, response, Problems.unknownClinic());
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
            page.transferTo(response.getOutputStream());
        }
    }
}
