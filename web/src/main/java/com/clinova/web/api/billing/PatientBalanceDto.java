package com.clinova.web.api.billing;

import com.clinova.billing.api.PatientBalance;

/** What a patient owes: issued invoices' totals less payments; drafts and void invoices excluded. */
public record PatientBalanceDto(
        String patientId, String currency, String invoiced, String paid, String balance, int openInvoices) {

    static PatientBalanceDto of(PatientBalance balance) {
        return new PatientBalanceDto(
                balance.patientId().toString(),
                balance.currency(),
                BillingFields.amount(balance.invoiced()),
                BillingFields.amount(balance.paid()),
                BillingFields.amount(balance.balance()),
                balance.openInvoices());
    }
}
