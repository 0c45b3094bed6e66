package com.clinova.web.portal.billing;

import com.clinova.billing.api.InvoiceKey;
import com.clinova.billing.api.InvoicePage;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceSummary;
import com.clinova.web.portal.Amounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The clinic's invoices ({@code invoices.xhtml}), newest first, optionally of one status. */
@Named("invoiceList")
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    PortalBilling billing;

    @Inject
    BillingClock clock;

    private boolean forbidden;
    private String status = "";
    private final List<InvoiceSummary> invoices = new ArrayList<>();
    private InvoiceKey next;

    public void open() {
        if (BillingAccess.refuse()) {
            forbidden = true;
            return;
        }
        search();
    }

    public void search() {
        if (forbidden) {
            return;
        }
        invoices.clear();
        load(Optional.empty());
    }

    public void loadMore() {
        if (next != null) {
            load(Optional.of(next));
        }
    }

    private void load(Optional<InvoiceKey> after) {
        Optional<InvoiceStatus> wanted = InvoiceStatus.ofCode(status == null ? "" : status);
        InvoicePage page = billing.invoices(new InvoiceQuery(Optional.empty(), wanted, PAGE_SIZE, after));
        invoices.addAll(page.items());
        next = page.next().orElse(null);
    }

    public String money(InvoiceSummary invoice, BigDecimal amount) {
        return Amounts.format(amount, invoice.currency());
    }

    public String day(Instant instant) {
        return clock.date(instant);
    }

    public List<String> getStatuses() {
        return List.of(InvoiceStatus.DRAFT.code(), InvoiceStatus.ISSUED.code(), InvoiceStatus.VOID.code());
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isMore() {
        return next != null;
    }

    public List<InvoiceSummary> getInvoices() {
        return invoices;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
