package com.clinova.web.portal;

import com.clinova.web.api.problem.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * Turns "no such page" anywhere in the portal into the clinic's branded, localized 404 page. The
 * container's own 404 is only caught (never sent) and the page rendered after the chain has
 * finished, so the failed request's Faces context is gone before the error view starts its own.
 * The API and FHIR paths keep their problem documents.
 */
@WebFilter(urlPatterns = "/*")
public class NotFoundPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NOT_FOUND_VIEW = "/WEB-INF/errors/not-found.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/fhir")) {
            chain.doFilter(request, response);
            return;
        }
        NotFoundCatcher catcher = new NotFoundCatcher(response);
        try {
            chain.doFilter(request, catcher);
        } catch (FileNotFoundException e) {
            catcher.notFound = true;
        }
        if (catcher.notFound && !response.isCommitted()) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader(RequestIds.HEADER, RequestIds.of(request));
            request.getRequestDispatcher(NOT_FOUND_VIEW).forward(request, response);
        }
    }

    /** Swallows a 404 the page would have sent, so the filter can send the branded one. */
    private static final class NotFoundCatcher extends HttpServletResponseWrapper {

        private boolean notFound;

        NotFoundCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status == SC_NOT_FOUND && !isCommitted()) {
                notFound = true;
            } else {
                super.sendError(status, message);
            }
        }
    }
}
