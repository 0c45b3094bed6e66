package com.clinova.billing.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceNotFoundException;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PatientBalance;
import com.clinova.billing.api.PaymentReceipt;
import com.clinova.billing.api.PaymentService;
import com.clinova.billing.api.PaymentView;
import com.clinova.billing.domain.Invoice;
import com.clinova.billing.domain.InvoiceRepository;
import com.clinova.billing.domain.Payment;
import com.clinova.billing.domain.PaymentRepository;
import com.clinova.billing.domain.PaymentRules;
import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payment use cases for billing staff and clinic admins. A payment locks its invoice's row, so
 * payments of one invoice are taken one after the other, each against the amount still open.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, BILLING})
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class DefaultPaymentService implements PaymentService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PatientFacts patients;

    @Inject
    ClinicFacts clinic;

    @EJB
    AuditTrail trail;

    @Resource
    SessionContext caller;

    @Override
    public PaymentReceipt record(InvoiceId id, ExpectedVersion expected, NewPayment details) {
        if (details == null) {
            throw new RuleViolationException("body", "is required");
        }
        Invoice invoice = invoices.findForChange(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        if (!expected.admits(invoice.version())) {
            throw new StaleVersionException("Invoice", invoice.version());
        }
        Payment payment = invoice.receive(details, caller.getCallerPrincipal().getName(), Instant.now());
        payments.add(payment);
        invoices.save(invoice);
        PaymentView view = payment.view();
        trail.record(PatientDataAccess.builder(AuditAction.CREATE, AuditedObjects.PAYMENT)
                .object(view.id())
                .patient(invoice.patientId())
                .build());
        return new PaymentReceipt(view, invoice.view());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldViolation> violationsOf(NewPayment payment) {
        return PaymentRules.violationsOf(payment);
    }

    @Override
    public List<PaymentView> payments(InvoiceId id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        List<PaymentView> views =
                payments.ofInvoice(id.value()).stream().map(Payment::view).toList();
        trail.record(PatientDataAccess.search(AuditedObjects.PAYMENT, List.of(invoice.patientId())));
        return views;
    }

    @Override
    public PatientBalance balance(UUID patientId) {
        patients.requireInPath(patientId);
        PatientBalance balance = invoices.balanceOf(patientId, clinic.profile().currency());
        trail.record(PatientDataAccess.search(AuditedObjects.INVOICE, List.of(patientId)));
        return balance;
    }
}
