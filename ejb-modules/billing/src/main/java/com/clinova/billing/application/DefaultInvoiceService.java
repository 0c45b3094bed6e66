package com.clinova.billing.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.billing.api.BillableAppointment;
import com.clinova.billing.api.BillingNotConfiguredException;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceKey;
import com.clinova.billing.api.InvoiceLineNotFoundException;
import com.clinova.billing.api.InvoiceNotFoundException;
import com.clinova.billing.api.InvoicePage;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceService;
import com.clinova.billing.api.InvoiceSummary;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.NewLine;
import com.clinova.billing.domain.BillingSettings;
import com.clinova.billing.domain.BillingSettingsRepository;
import com.clinova.billing.domain.Invoice;
import com.clinova.billing.domain.InvoiceRepository;
import com.clinova.billing.domain.LineDraft;
import com.clinova.billing.domain.LineRules;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.TenantProfile;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Invoice use cases for billing staff and clinic admins (enforced here as well as at the edges).
 * Each reads the invoice once, inside its own transaction, and records the access in the audit
 * trail as its last statement.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, BILLING})
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class DefaultInvoiceService implements InvoiceService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    BillingSettingsRepository settings;

    @Inject
    AppointmentLines appointmentLines;

    @Inject
    LinePricing pricing;

    @Inject
    PatientFacts patients;

    @Inject
    ClinicFacts clinic;

    @EJB
    AuditTrail trail;

    @Override
    public InvoiceView draft(UUID patientId, List<UUID> appointmentIds) {
        BillingSettings billing = configured();
        patients.requireInBody("patientId", patientId);
        TenantProfile profile = clinic.profile();
        List<LineDraft> lines =
                appointmentLines.linesFor(patientId, appointmentIds, profile.currency(), ZoneId.of(profile.timeZone()));
        Instant now = Instant.now();
        Invoice invoice = Invoice.draft(TenantContext.require(), patientId, profile.currency(), billing.taxRate(), now);
        lines.forEach(line -> invoice.addLine(line, now));
        invoices.add(invoice);
        return recorded(AuditAction.CREATE, invoice);
    }

    @Override
    public Optional<InvoiceView> find(InvoiceId id) {
        return invoices.find(id).map(invoice -> recorded(AuditAction.READ, invoice));
    }

    @Override
    public InvoicePage list(InvoiceQuery query) {
        List<Invoice> found = invoices.list(query);
        boolean more = found.size() > query.limit();
        List<InvoiceSummary> page = found.subList(0, more ? query.limit() : found.size()).stream()
                .map(Invoice::summary)
                .toList();
        Optional<InvoiceKey> next = more
                ? Optional.of(new InvoiceKey(
                        page.get(page.size() - 1).createdAt(),
                        page.get(page.size() - 1).id().value()))
                : Optional.empty();
        trail.record(PatientDataAccess.search(
                AuditedObjects.INVOICE,
                page.stream().map(InvoiceSummary::patientId).toList()));
        return new InvoicePage(page, next);
    }

    @Override
    public InvoiceView addLine(InvoiceId id, ExpectedVersion expected, NewLine line) {
        LineDraft draft = pricing.draftOf(line);
        return change(id, expected, invoice -> invoice.addLine(draft, Instant.now()));
    }

    @Override
    public List<FieldViolation> violationsOf(NewLine line) {
        try {
            return LineRules.violationsOf(pricing.draftOf(line));
        } catch (RuleViolationException e) {
            return e.violations();
        }
    }

    @Override
    public InvoiceView removeLine(InvoiceId id, ExpectedVersion expected, UUID lineId) {
        return change(id, expected, invoice -> {
            if (!invoice.removeLine(lineId, Instant.now())) {
                throw new InvoiceLineNotFoundException(lineId);
            }
        });
    }

    @Override
    public InvoiceView issue(InvoiceId id, ExpectedVersion expected) {
        BillingSettings billing = configured();
        return change(id, expected, invoice -> {
            // Checked before the patient is read, so a refused issue reads no patient data.
            invoice.checkIssuable();
            invoice.issue(billing.seller(), patients.buyer(invoice.patientId()), Instant.now());
        });
    }

    @Override
    public InvoiceView voidInvoice(InvoiceId id, ExpectedVersion expected, String reason) {
        return change(id, expected, invoice -> invoice.voidFor(reason, Instant.now()));
    }

    @Override
    public List<BillableAppointment> billableAppointments(UUID patientId, Instant from, Instant to) {
        patients.requireInPath(patientId);
        return appointmentLines.billable(patientId, from, to);
    }

    /** One change of a stored invoice, locked and refused when it changed since the caller read it. */
    private InvoiceView change(InvoiceId id, ExpectedVersion expected, Consumer<Invoice> change) {
        Invoice invoice = invoices.findForChange(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        if (!expected.admits(invoice.version())) {
            throw new StaleVersionException("Invoice", invoice.version());
        }
        change.accept(invoice);
        invoices.save(invoice);
        return recorded(AuditAction.UPDATE, invoice);
    }

    private BillingSettings configured() {
        return settings.find().orElseThrow(BillingNotConfiguredException::new);
    }

    /** The audit row is the use case's last statement: it holds the clinic's chain lock until commit. */
    private InvoiceView recorded(AuditAction action, Invoice invoice) {
        InvoiceView view = invoice.view();
        trail.record(
                PatientDataAccess.of(action, AuditedObjects.INVOICE, view.id().value(), view.patientId()));
        return view;
    }
}
