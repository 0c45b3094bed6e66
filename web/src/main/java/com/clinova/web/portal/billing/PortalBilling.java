package com.clinova.web.portal.billing;

import com.clinova.billing.api.BillableAppointment;
import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsService;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoicePage;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceService;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.NewLine;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PatientBalance;
import com.clinova.billing.api.PaymentReceipt;
import com.clinova.billing.api.PaymentService;
import com.clinova.billing.api.PaymentView;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.ServiceView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The billing, patients and practice contexts as the billing pages reach them: through an
 * application-scoped proxy, which serializes as a mere reference into the shared session store
 * (an EJB reference held by a view-scoped bean is not guaranteed to).
 */
@ApplicationScoped
public class PortalBilling {

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    BillingSettingsService settings;

    @EJB
    PatientService patients;

    @EJB
    PracticeCatalog catalog;

    Optional<PatientView> patient(UUID id) {
        return patients.find(new PatientId(id));
    }

    Optional<InvoiceView> invoice(InvoiceId id) {
        return invoices.find(id);
    }

    InvoicePage invoices(InvoiceQuery query) {
        return invoices.list(query);
    }

    List<BillableAppointment> billable(UUID patientId, Instant from, Instant to) {
        return invoices.billableAppointments(patientId, from, to);
    }

    InvoiceView draft(UUID patientId, List<UUID> appointmentIds) {
        return invoices.draft(patientId, appointmentIds);
    }

    InvoiceView addLine(InvoiceId id, long version, NewLine line) {
        return invoices.addLine(id, ExpectedVersion.exactly(version), line);
    }

    InvoiceView removeLine(InvoiceId id, long version, UUID lineId) {
        return invoices.removeLine(id, ExpectedVersion.exactly(version), lineId);
    }

    InvoiceView issue(InvoiceId id, long version) {
        return invoices.issue(id, ExpectedVersion.exactly(version));
    }

    InvoiceView voidInvoice(InvoiceId id, long version, String reason) {
        return invoices.voidInvoice(id, ExpectedVersion.exactly(version), reason);
    }

    PaymentReceipt pay(InvoiceId id, long version, NewPayment payment) {
        return payments.record(id, ExpectedVersion.exactly(version), payment);
    }

    List<PaymentView> payments(InvoiceId id) {
        return payments.payments(id);
    }

    PatientBalance balance(UUID patientId) {
        return payments.balance(patientId);
    }

    BillingSettingsView settings() {
        return settings.settings();
    }

    BillingSettingsView changeSettings(long version, BillingSettingsDetails details) {
        return settings.change(ExpectedVersion.exactly(version), details);
    }

    /** The services a line can name, active ones first by name. */
    List<ServiceView> services() {
        return catalog.services().stream().filter(ServiceView::active).toList();
    }
}
