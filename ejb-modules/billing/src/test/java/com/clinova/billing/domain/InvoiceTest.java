package com.clinova.billing.domain;

import static com.clinova.billing.domain.Invoices.NOW;
import static com.clinova.billing.domain.Lines.aLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.billing.api.InvoiceStateException;
import com.clinova.billing.api.InvoiceStateException.Reason;
import com.clinova.billing.api.InvoiceStatus;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.OverpaymentException;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    @Test
    void totalsAreTheSumsOfTheRoundedLineAmounts() {
        Invoice invoice = Invoices.aDraft()
                .taxedAt("21")
                .with(aLine().price("33.33").quantity(3).discount("15")) // net 84.99, tax 17.85
                .with(aLine().price("0.05")) // net 0.05, tax 0.01
                .with(aLine().price("60.00").discount("10")) // net 54.00, tax 11.34
                .build();

        InvoiceView view = invoice.view();
        assertEquals(new BigDecimal("139.04"), view.netTotal());
        assertEquals(new BigDecimal("21.00"), view.discountTotal());
        assertEquals(new BigDecimal("29.20"), view.taxTotal());
        assertEquals(new BigDecimal("168.24"), view.total());
        assertEquals(new BigDecimal("160.04"), view.grossTotal());
        assertEquals(
                view.total(),
                view.lines().stream()
                        .map(l -> l.netAmount().add(l.taxAmount()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(
                java.util.List.of(1, 2, 3),
                view.lines().stream().map(l -> l.position()).toList());
    }

    @Test
    void aNewDraftIsEmptyUnnumberedAndOwesNothing() {
        InvoiceView draft = Invoices.aDraft().build().view();

        assertEquals(InvoiceStatus.DRAFT, draft.status());
        assertEquals(new BigDecimal("0.00"), draft.total());
        assertEquals(new BigDecimal("0.00"), draft.openAmount());
        assertNull(draft.number());
        assertNull(draft.seller());
        assertEquals(0, draft.createdAt().getNano() % 1000, "stored to the microsecond, as PostgreSQL keeps it");
    }

    @Test
    void removingALineRecomputesTheTotals() {
        Invoice invoice = Invoices.aDraft()
                .with(aLine().price("10.00"))
                .with(aLine().price("20.00"))
                .build();
        UUID first = invoice.view().lines().get(0).id();

        assertTrue(invoice.removeLine(first, NOW));
        assertFalse(invoice.removeLine(first, NOW));
        assertEquals(new BigDecimal("24.20"), invoice.view().total());
        // positions keep growing, so a removed line's position is never reused on this invoice
        invoice.addLine(aLine().build(), NOW);
        assertEquals(3, invoice.view().lines().get(1).position());
    }

    @Test
    void everyInvalidFieldOfALineIsNamedAtOnce() {
        Invoice invoice = Invoices.aDraft().build();

        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> invoice.addLine(
                        aLine().described(" ")
                                .quantity(0)
                                .price("1.234")
                                .discount("101")
                                .build(),
                        NOW));

        assertEquals(
                Set.of("description", "quantity", "unitPrice", "discountPercent"),
                e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet()));
        assertEquals(0, invoice.view().lines().size());
    }

    @Test
    void aLineMayNotMakeTheInvoiceOverflowItsColumns() {
        Invoice invoice = Invoices.aDraft().build();

        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> invoice.addLine(aLine().price("9999999999.99").quantity(2).build(), NOW));
        assertEquals("quantity", e.violations().get(0).field());

        invoice.addLine(aLine().price("8000000000.00").build(), NOW); // 9,680,000,000.00 with tax
        assertThrows(
                RuleViolationException.class,
                () -> invoice.addLine(aLine().price("300000000.00").build(), NOW));
        assertEquals(1, invoice.view().lines().size());
    }

    @Test
    void issuingFreezesTheDraftWithSellerAndBuyer() {
        Invoice invoice = Invoices.aDraft().with(aLine()).issued();

        InvoiceView view = invoice.view();
        assertEquals(InvoiceStatus.ISSUED, view.status());
        assertEquals(Invoices.SELLER, view.seller());
        assertEquals(Invoices.BUYER, view.buyer());
        assertEquals(new BigDecimal("72.60"), view.openAmount());
        assertState(Reason.NOT_DRAFT, () -> invoice.addLine(aLine().build(), NOW));
        assertState(
                Reason.NOT_DRAFT, () -> invoice.removeLine(view.lines().get(0).id(), NOW));
        assertState(Reason.NOT_DRAFT, () -> invoice.issue(Invoices.SELLER, Invoices.BUYER, NOW));
    }

    @Test
    void anEmptyDraftIsNotIssued() {
        Invoice invoice = Invoices.aDraft().build();

        assertState(Reason.EMPTY, () -> invoice.issue(Invoices.SELLER, Invoices.BUYER, NOW));
        assertEquals(InvoiceStatus.DRAFT, invoice.status());
    }

    @Test
    void partialPaymentsReduceTheOpenAmountUntilNothingIsOpen() {
        Invoice invoice = Invoices.aDraft().with(aLine()).issued(); // 72.60

        invoice.receive(cash("50"), "billing", NOW);
        Payment card = invoice.receive(new NewPayment(PaymentMethod.CARD, new BigDecimal("22.6"), " 4242 "), "b", NOW);

        assertEquals(new BigDecimal("0.00"), invoice.openAmount());
        assertEquals(new BigDecimal("72.60"), invoice.view().amountPaid());
        assertEquals(new BigDecimal("22.60"), card.view().amount());
        assertEquals("4242", card.view().reference());
        OverpaymentException e =
                assertThrows(OverpaymentException.class, () -> invoice.receive(cash("0.01"), "b", NOW));
        assertEquals(new BigDecimal("0.00"), e.openAmount());
    }

    @Test
    void aPaymentBeyondTheOpenAmountIsRefusedAndChangesNothing() {
        Invoice invoice = Invoices.aDraft().with(aLine()).issued();

        assertThrows(OverpaymentException.class, () -> invoice.receive(cash("72.61"), "billing", NOW));
        assertEquals(new BigDecimal("0.00"), invoice.view().amountPaid());
    }

    @Test
    void draftsAndVoidInvoicesTakeNoPayments() {
        Invoice draft = Invoices.aDraft().with(aLine()).build();
        assertState(Reason.NOT_ISSUED, () -> draft.receive(cash("1"), "billing", NOW));

        Invoice voided = Invoices.aDraft().with(aLine()).issued();
        voided.voidFor("Wrong patient", NOW);
        assertState(Reason.NOT_ISSUED, () -> voided.receive(cash("1"), "billing", NOW));
    }

    @Test
    void voidingNeedsAnIssuedUnpaidInvoiceAndAReason() {
        Invoice draft = Invoices.aDraft().with(aLine()).build();
        assertState(Reason.NOT_ISSUED, () -> draft.voidFor("Mistake", NOW));

        Invoice paid = Invoices.aDraft().with(aLine()).issued();
        paid.receive(cash("1"), "billing", NOW);
        assertState(Reason.HAS_PAYMENTS, () -> paid.voidFor("Mistake", NOW));

        Invoice invoice = Invoices.aDraft().with(aLine()).issued();
        assertThrows(RuleViolationException.class, () -> invoice.voidFor("  ", NOW));
        assertThrows(RuleViolationException.class, () -> invoice.voidFor("a\u0000b", NOW));
        invoice.voidFor("  Billed to the wrong patient\n(see ticket 12)  ", NOW);
        assertEquals(InvoiceStatus.VOID, invoice.status());
        assertEquals(
                "Billed to the wrong patient\n(see ticket 12)", invoice.view().voidReason());
        assertEquals(new BigDecimal("0.00"), invoice.openAmount());
        assertState(Reason.NOT_ISSUED, () -> invoice.voidFor("Again", NOW));
    }

    @Test
    void knowsWhichAppointmentsItBills() {
        UUID appointment = UUID.randomUUID();
        Invoice invoice = Invoices.aDraft()
                .with(aLine().ofAppointment(appointment))
                .with(aLine())
                .build();

        assertEquals(Set.of(appointment), invoice.appointmentIds());
    }

    private static NewPayment cash(String amount) {
        return new NewPayment(PaymentMethod.CASH, new BigDecimal(amount), null);
    }

    private static void assertState(Reason reason, Runnable change) {
        InvoiceStateException e = assertThrows(InvoiceStateException.class, change::run);
        assertEquals(reason, e.reason());
    }
}
