/**
 * Printed invoices with OpenPDF: layout, the clinic's branding (logo, colour), texts in the
 * clinic's language and its money and date formats. Renders what it is given; it reads no data
 * and decides no rule.
 */
package com.clinova.billing.infrastructure.pdf;
