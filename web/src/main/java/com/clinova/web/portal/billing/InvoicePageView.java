package com.clinova.web.portal.billing;

import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.NewLine;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.billing.api.PaymentView;
import com.clinova.platform.error.ClinovaException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.SpecificProblem;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.practice.api.ServiceView;
import com.clinova.web.portal.Amounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One invoice ({@code invoice.xhtml?id=…}): its lines (added and removed while it is a draft), issue,
 * void with a reason, payments and the PDF. The version read when the page opened travels with the
 * view, so a change over someone else's is refused and the page offers to reload.
 */
@Named("invoicePage")
@ViewScoped
public class InvoicePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalBilling billing;

    @Inject
    BillingClock clock;

    private String id;
    private InvoiceView invoice;
    private final List<PaymentView> payments = new ArrayList<>();
    private final List<ServiceView> services = new ArrayList<>();
    private boolean forbidden;
    private boolean notFound;
    private boolean stale;
    private LineForm line = new LineForm();
    private PaymentForm payment = new PaymentForm();
    private String voidReason;

    public void open() {
        if (BillingAccess.refuse()) {
            forbidden = true;
            return;
        }
        Optional<InvoiceView> found = InvoiceId.parse(id).flatMap(billing::invoice);
        if (found.isEmpty()) {
            notFound = true;
            BillingAccess.status(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
        if (invoice.status() == InvoiceStatus.DRAFT) {
            services.addAll(billing.services());
        }
    }

    public void addLine() {
        List<String> unreadable = new ArrayList<>();
        NewLine added = line.toLine(unreadable);
        if (!unreadable.isEmpty()) {
            show("line", LineForm.fields(), unreadable);
            return;
        }
        if (change(() -> billing.addLine(invoice.id(), invoice.version(), added), "line", LineForm.fields())) {
            line = new LineForm();
            BillingTexts.info("billing.line.added");
        }
    }

    public void removeLine(String lineId) {
        if (change(
                () -> billing.removeLine(invoice.id(), invoice.version(), java.util.UUID.fromString(lineId)),
                "lines",
                List.of())) {
            BillingTexts.info("billing.line.removed");
        }
    }

    public void issue() {
        if (change(() -> billing.issue(invoice.id(), invoice.version()), "issue", List.of())) {
            BillingTexts.info("billing.invoice.issued", invoice.number());
        }
    }

    public void voidInvoice() {
        if (change(() -> billing.voidInvoice(invoice.id(), invoice.version(), voidReason), "void", List.of("reason"))) {
            voidReason = null;
            BillingTexts.info("billing.invoice.voided", invoice.number());
        }
    }

    public void pay() {
        List<String> unreadable = new ArrayList<>();
        NewPayment received = payment.toPayment(unreadable);
        if (!unreadable.isEmpty()) {
            show("payment", PaymentForm.fields(), unreadable);
            return;
        }
        if (change(
                () -> billing.pay(invoice.id(), invoice.version(), received).invoice(),
                "payment",
                PaymentForm.fields())) {
            payment = new PaymentForm();
            BillingTexts.info("billing.payment.recorded");
        }
    }

    /** Discards this page's view of the invoice and shows it as it is now. */
    public void reload() {
        stale = false;
        billing.invoice(invoice.id()).ifPresentOrElse(this::show, () -> notFound = true);
    }

    /** Runs one change; on success shows its result, else says why next to the form's fields. */
    private boolean change(Supplier<InvoiceView> change, String form, List<String> fields) {
        if (invoice == null) {
            return false;
        }
        try {
            show(change.get());
            return true;
        } catch (RuleViolationException e) {
            BillingTexts.violations(form, fields, e.violations());
        } catch (StaleVersionException e) {
            stale = true;
            BillingTexts.error("billing.stale");
        } catch (ResourceNotFoundException e) {
            BillingTexts.error("billing.problem.not-found");
        } catch (ClinovaException e) {
            if (e instanceof SpecificProblem problem) {
                BillingTexts.problem(problem);
            } else {
                throw e;
            }
        }
        return false;
    }

    private void show(String form, List<String> fields, List<String> unreadable) {
        BillingTexts.violations(
                form,
                fields,
                unreadable.stream()
                        .map(f -> new FieldViolation(f, "unreadable"))
                        .toList());
    }

    private void show(InvoiceView view) {
        invoice = view;
        payments.clear();
        if (view.status() != InvoiceStatus.DRAFT) {
            payments.addAll(billing.payments(view.id()));
        }
    }

    public String money(BigDecimal amount) {
        return Amounts.format(amount, invoice == null ? clock.currency() : invoice.currency());
    }

    public String when(Instant instant) {
        return clock.dateTime(instant);
    }

    public String day(java.time.LocalDate day) {
        return clock.date(day);
    }

    public boolean isDraft() {
        return invoice != null && invoice.status() == InvoiceStatus.DRAFT;
    }

    public boolean isIssued() {
        return invoice != null && invoice.status() == InvoiceStatus.ISSUED;
    }

    /** Issued without payments: the only invoices that may be voided. */
    public boolean isVoidable() {
        return isIssued() && invoice.amountPaid().signum() == 0;
    }

    public boolean isPayable() {
        return isIssued() && invoice.openAmount().signum() > 0;
    }

    public List<String> getMethods() {
        return List.of(PaymentMethod.CASH.code(), PaymentMethod.CARD.code(), PaymentMethod.BANK_TRANSFER.code());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InvoiceView getInvoice() {
        return invoice;
    }

    public List<PaymentView> getPayments() {
        return payments;
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }

    public LineForm getLine() {
        return line;
    }

    public PaymentForm getPayment() {
        return payment;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
