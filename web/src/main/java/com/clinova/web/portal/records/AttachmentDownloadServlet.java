package com.clinova.web.portal.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.records.api.AttachmentFile;
import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.AttachmentService;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.web.api.records.DownloadHeaders;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Portal downloads at {@code /app/records/attachment?id=…} (under {@code /app/}, so only signed-in
 * staff of this clinic reach it), with the same headers as the API's downloads.
 */
@WebServlet("/app/records/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

    @EJB
    AttachmentService attachments;

    @EJB
    Entitlements entitlements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(PRACTITIONER) && !request.isUserInRole(CLINIC_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!entitlements.isEnabled(Feature.RECORD_ATTACHMENTS)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<AttachmentFile> file =
                AttachmentId.parse(request.getParameter("id")).flatMap(attachments::download);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DownloadHeaders headers = DownloadHeaders.of(file.get().attachment());
        response.setContentType(headers.contentType());
        response.setHeader("Content-Disposition", headers.disposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", DownloadHeaders.SANDBOX);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("ETag", headers.etag());
        response.setContentLengthLong(headers.length());
        response.getOutputStream().write(file.get().content());
    }
}
