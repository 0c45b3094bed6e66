package com.clinova.web.branding;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantDirectory;
import com.clinova.tenancy.api.TenantLogo;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The clinic's logo at {@code /branding/logo}, cacheable and revalidated by its change time. */
@WebServlet("/branding/logo")
public class LogoServlet extends HttpServlet {

    private static final long MAX_AGE_SECONDS = 300;

    @EJB
    TenantDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TenantLogo> logo = directory.findLogo(TenantContext.require());
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + logo.get().updatedAt().toEpochMilli() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.get().contentType());
        response.setContentLength(logo.get().image().length);
        response.getOutputStream().write(logo.get().image());
    }
}
