package com.clinova.web.portal.billing;

import com.clinova.billing.api.InvoiceDocument;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceNotFoundException;
import com.clinova.billing.api.InvoicePrinting;
import com.clinova.billing.api.InvoiceStateException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The portal's download of a printable invoice, {@code /app/invoice-pdf?id=…}: a plain link
 * staff can open or save, under {@code /app/*} so only a signed-in session of this clinic reaches
 * it. The billing context decides who may print and records the export.
 */
@WebServlet("/app/invoice-pdf")
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient InvoicePrinting printing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<InvoiceId> id = InvoiceId.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InvoiceDocument document;
        try {
            document = printing.pdf(id.get());
        } catch (InvoiceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (InvoiceStateException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        // Patient data: no cache keeps a copy, no browser guesses another type.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
