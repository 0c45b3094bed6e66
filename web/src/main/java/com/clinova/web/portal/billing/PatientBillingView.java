package com.clinova.web.portal.billing;

import com.clinova.billing.api.AppointmentNotBillableException;
import com.clinova.billing.api.BillableAppointment;
import com.clinova.billing.api.BillingNotConfiguredException;
import com.clinova.billing.api.InvoiceKey;
import com.clinova.billing.api.InvoicePage;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceSummary;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PatientBalance;
import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.PatientView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.portal.Amounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient's billing ({@code patient-billing.xhtml?patient=…}): what the patient owes, the
 * completed appointments no invoice bills yet (a 31-day window, the latest by default) to pick
 * for a new invoice, and the patient's invoices, newest first.
 */
@Named("patientBilling")
@ViewScoped
public class PatientBillingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WINDOW_DAYS = 31;
    static final int PAGE_SIZE = 20;
    private static final String INVOICE = "/app/invoice.xhtml?faces-redirect=true&id=";

    @Inject
    PortalBilling billing;

    @Inject
    BillingClock clock;

    private String patient;
    private UUID patientId;
    private String patientName;
    private boolean forbidden;
    private boolean notFound;
    private PatientBalance balance;
    private LocalDate fromDate;
    private final List<BillableAppointment> billable = new ArrayList<>();
    private final Map<String, Boolean> selected = new HashMap<>();
    private final List<InvoiceSummary> invoices = new ArrayList<>();
    private InvoiceKey next;

    public void open() {
        if (BillingAccess.refuse()) {
            forbidden = true;
            return;
        }
        Optional<PatientView> found = parse(patient).flatMap(billing::patient);
        if (found.isEmpty()) {
            // Same answer for a malformed id, an unknown one and another clinic's.
            notFound = true;
            BillingAccess.status(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        patientId = UUID.fromString(patient.trim());
        PatientDetails details = found.get().details();
        patientName = details.givenName() + " " + details.familyName();
        fromDate = clock.today().minusDays(WINDOW_DAYS - 1L);
        refresh();
    }

    public void showWindow() {
        if (patientId != null) {
            loadBillable();
        }
    }

    /** A draft billing the ticked appointments (none: an empty draft for extra lines), then its page. */
    public String createInvoice() {
        if (patientId == null) {
            return null;
        }
        List<UUID> chosen = billable.stream()
                .map(BillableAppointment::appointmentId)
                .filter(id -> Boolean.TRUE.equals(selected.get(id.toString())))
                .toList();
        try {
            InvoiceView draft = billing.draft(patientId, chosen);
            BillingTexts.infoAfterRedirect("billing.invoice.drafted");
            return INVOICE + draft.id();
        } catch (AppointmentNotBillableException | BillingNotConfiguredException e) {
            BillingTexts.problem(e);
        } catch (RuleViolationException e) {
            BillingTexts.violations("billable", List.of(), e.violations());
        }
        refresh();
        return null;
    }

    public void loadMore() {
        if (next != null) {
            loadInvoices(Optional.of(next));
        }
    }

    private void refresh() {
        balance = billing.balance(patientId);
        loadBillable();
        invoices.clear();
        loadInvoices(Optional.empty());
    }

    private void loadBillable() {
        billable.clear();
        selected.clear();
        LocalDate from = fromDate == null ? clock.today().minusDays(WINDOW_DAYS - 1L) : fromDate;
        Instant start = clock.startOf(from);
        billable.addAll(billing.billable(patientId, start, clock.startOf(from.plusDays(WINDOW_DAYS))));
    }

    private void loadInvoices(Optional<InvoiceKey> after) {
        InvoicePage page =
                billing.invoices(new InvoiceQuery(Optional.of(patientId), Optional.empty(), PAGE_SIZE, after));
        invoices.addAll(page.items());
        next = page.next().orElse(null);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String money(BigDecimal amount) {
        return Amounts.format(amount, balance == null ? clock.currency() : balance.currency());
    }

    public String when(Instant instant) {
        return clock.dateTime(instant);
    }

    public String day(Instant instant) {
        return clock.date(instant);
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getPatientName() {
        return patientName;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public PatientBalance getBalance() {
        return balance;
    }

    public List<BillableAppointment> getBillable() {
        return billable;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public List<InvoiceSummary> getInvoices() {
        return invoices;
    }

    public boolean isMore() {
        return next != null;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return fromDate == null ? null : fromDate.plusDays(WINDOW_DAYS - 1L);
    }
}
