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
import java.util.Arrays;
import java.util.Optional;

/**
 * The clinic's logo at {@code /branding/logo}. Its strong ETag is the SHA-256 of its bytes (a
 * tag names exactly one content, on every node). Pages link to {@code /branding/logo?v=<hash
 * prefix>}: such a URL names one content for ever, so it may be cached for a year and a new logo
 * (a new URL) shows at once; the bare URL, or one naming an older logo, must be revalidated on
 * every use. The type is the one stored, judged from the bytes on upload, and nosniff plus a
 * sandboxing policy keep a browser from treating it as anything else.
 */
@WebServlet("/branding/logo")
public class LogoServlet extends HttpServlet {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "public, no-cache";

    @EJB
    TenantDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TenantLogo> found = directory.findLogo(TenantContext.require());
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TenantLogo logo = found.get();
        String etag = "\"" + logo.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", logo.version().equals(request.getParameter("v")) ? IMMUTABLE : REVALIDATE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setDateHeader("Last-Modified", logo.updatedAt().toEpochMilli());
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.contentType());
        response.setContentLength(logo.image().length);
        response.getOutputStream().write(logo.image());
    }

    /** RFC 9110 §13.1.2: weak comparison, a list of tags or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
