/**
 * The billing context as other code may use it: invoices drafted from completed appointments,
 * issued with a gapless per-clinic number or voided; payments and per-patient balances; the
 * clinic's billing settings; printable invoices. Only immutable views and inputs cross this
 * boundary, never entities. Amounts are {@link java.math.BigDecimal} with two decimals.
 */
package com.clinova.billing.api;
