package com.clinova.billing.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.billing.api.InvoiceDocument;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceNotFoundException;
import com.clinova.billing.api.InvoicePrinting;
import com.clinova.billing.api.InvoiceStateException;
import com.clinova.billing.api.InvoiceStateException.Reason;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.domain.Invoice;
import com.clinova.billing.domain.InvoiceRepository;
import com.clinova.billing.domain.Payment;
import com.clinova.billing.domain.PaymentRepository;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;

/** Prints issued and void invoices; a download is an export of patient data, so it is audited. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, BILLING})
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class DefaultInvoicePrinting implements InvoicePrinting {

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    ClinicFacts clinic;

    @Inject
    InvoiceRenderer renderer;

    @EJB
    AuditTrail trail;

    @Override
    public InvoiceDocument pdf(InvoiceId id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new InvoiceStateException(
                    Reason.NOT_ISSUED, invoice.status(), "A draft has no number yet; issue it to print it");
        }
        InvoiceView view = invoice.view();
        TenantProfile profile = clinic.profile();
        InvoiceSheet sheet = new InvoiceSheet(
                view,
                payments.ofInvoice(id.value()).stream().map(Payment::view).toList(),
                profile.displayName(),
                profile.primaryColour(),
                clinic.logo()
                        .map(logo -> new InvoiceSheet.Logo(logo.contentType(), logo.image()))
                        .orElse(null),
                Locale.forLanguageTag(profile.locale()),
                ZoneId.of(profile.timeZone()));
        byte[] pdf = renderer.pdf(sheet);
        trail.record(PatientDataAccess.of(AuditAction.EXPORT, AuditedObjects.INVOICE, id.value(), view.patientId()));
        // Prefixes may contain "/", which no file name can.
        return new InvoiceDocument(view.number().replace('/', '-') + ".pdf", pdf);
    }
}
