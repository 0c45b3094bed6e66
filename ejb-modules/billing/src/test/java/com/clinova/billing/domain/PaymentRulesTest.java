package com.clinova.billing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentRulesTest {

    @Test
    void cashTakesNoReferenceCardAndTransferNeedOne() {
        assertDoesNotThrow(() -> PaymentRules.check(payment(PaymentMethod.CASH, "10", null)));
        assertDoesNotThrow(() -> PaymentRules.check(payment(PaymentMethod.CARD, "10", "AUTH 123456")));
        assertDoesNotThrow(() -> PaymentRules.check(payment(PaymentMethod.BANK_TRANSFER, "10", "TRF-2026-0042")));

        assertEquals(List.of("reference"), fieldsOf(payment(PaymentMethod.CASH, "10", "x")));
        assertEquals(List.of("reference"), fieldsOf(payment(PaymentMethod.CARD, "10", " ")));
        assertEquals(List.of("reference"), fieldsOf(payment(PaymentMethod.BANK_TRANSFER, "10", null)));
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertEquals(List.of("method", "amount"), fieldsOf(payment(null, "0", null)));
        assertEquals(List.of("amount"), fieldsOf(payment(PaymentMethod.CASH, "-5", null)));
        assertEquals(List.of("amount"), fieldsOf(payment(PaymentMethod.CASH, "1.001", null)));
        assertEquals(List.of("amount"), fieldsOf(payment(PaymentMethod.CASH, null, null)));
    }

    @ParameterizedTest
    @CsvSource({
        "4111 1111 1111 1111, true",
        "4111-1111-1111-1111, true",
        "5555555555554444, true",
        "4111111111111112, false",
        "1234, false",
        "AUTH 4111111111111111, false"
    })
    void fullCardNumbersAreRecognisedByLengthAndLuhn(String text, boolean cardNumber) {
        assertEquals(cardNumber, PaymentRules.looksLikeCardNumber(text));
    }

    @Test
    void aCardNumberIsNeverStoredAsAReference() {
        assertEquals(List.of("reference"), fieldsOf(payment(PaymentMethod.CARD, "10", "4111 1111 1111 1111")));
    }

    private static NewPayment payment(PaymentMethod method, String amount, String reference) {
        return new NewPayment(method, amount == null ? null : new BigDecimal(amount), reference);
    }

    private static List<String> fieldsOf(NewPayment payment) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> PaymentRules.check(payment));
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
