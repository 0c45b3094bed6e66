package com.clinova.web.portal.billing;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's billing settings ({@code billing-settings.xhtml}): tax rate, invoice prefix and the
 * legal details printed on invoices. Clinic admins change them; billing staff see them read-only.
 */
@Named("billingSettings")
@ViewScoped
public class BillingSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("taxRate", "invoicePrefix", "legalName", "taxId", "address");

    @Inject
    PortalBilling billing;

    private boolean forbidden;
    private boolean configured;
    private boolean stale;
    private long version;
    private String taxRate;
    private String invoicePrefix;
    private String legalName;
    private String taxId;
    private String address;

    public void open() {
        if (BillingAccess.refuse()) {
            forbidden = true;
            return;
        }
        show(billing.settings());
    }

    public void save() {
        if (forbidden || !BillingAccess.isAdmin()) {
            BillingTexts.error("billing.settings.notAllowed");
            return;
        }
        Optional<BigDecimal> rate = Decimals.parse(taxRate);
        if (rate.isEmpty()) {
            BillingTexts.violations(
                    "settings", FIELDS, List.of(new RuleViolationException.FieldViolation("taxRate", "")));
            return;
        }
        try {
            show(billing.changeSettings(
                    version, new BillingSettingsDetails(rate.get(), invoicePrefix, legalName, taxId, address)));
            BillingTexts.info("billing.settings.saved");
        } catch (RuleViolationException e) {
            BillingTexts.violations("settings", FIELDS, e.violations());
        } catch (StaleVersionException e) {
            stale = true;
            BillingTexts.error("billing.stale");
        }
    }

    public void reload() {
        stale = false;
        show(billing.settings());
    }

    private void show(BillingSettingsView view) {
        configured = view.configured();
        version = view.version();
        BillingSettingsDetails d = view.details();
        taxRate = d.taxRate() == null ? null : d.taxRate().toPlainString();
        invoicePrefix = d.invoicePrefix();
        legalName = d.legalName();
        taxId = d.taxId();
        address = d.address();
    }

    public boolean isEditable() {
        return !forbidden && BillingAccess.isAdmin();
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isConfigured() {
        return configured;
    }

    public boolean isStale() {
        return stale;
    }

    public String getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(String taxRate) {
        this.taxRate = taxRate;
    }

    public String getInvoicePrefix() {
        return invoicePrefix;
    }

    public void setInvoicePrefix(String invoicePrefix) {
        this.invoicePrefix = invoicePrefix;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
