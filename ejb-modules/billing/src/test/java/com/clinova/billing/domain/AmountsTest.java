package com.clinova.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{1} % of {0} = {2}")
    @CsvSource({
        "10.00, 21, 2.10",
        // exactly half a cent rounds up, not to even
        "0.50, 1, 0.01",
        "2.50, 1, 0.03",
        "0.10, 5, 0.01",
        // just below half a cent rounds down
        "0.49, 1, 0.00",
        "33.33, 21, 7.00",
        "99.99, 12.5, 12.50",
        "9999999999.99, 100, 9999999999.99",
        "1.00, 0, 0.00",
    })
    void percentagesRoundHalfUpToTheCent(String amount, String percent, String expected) {
        BigDecimal result = Amounts.percentOf(new BigDecimal(amount), new BigDecimal(percent));
        assertEquals(new BigDecimal(expected), result);
        assertEquals(2, result.scale());
    }

    @ParameterizedTest
    @CsvSource({
        "0, true",
        "0.5, true",
        "12.30, true",
        "12.300, true",
        "9999999999.99, true",
        "12.345, false",
        "-0.01, false",
        "10000000000.00, false"
    })
    void amountsHaveAtMostTwoDecimalsAndFitTheColumn(String value, boolean valid) {
        assertEquals(valid, Amounts.isAmount(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource({"0, true", "100, true", "100.00, true", "21.5, true", "100.01, false", "-1, false", "7.125, false"})
    void percentagesLieBetweenZeroAndHundred(String value, boolean valid) {
        assertEquals(valid, Amounts.isPercent(new BigDecimal(value)));
    }

    @org.junit.jupiter.api.Test
    void nullIsNeitherAnAmountNorAPercentage() {
        assertFalse(Amounts.isAmount(null));
        assertFalse(Amounts.isPercent(null));
        assertTrue(Amounts.isAmount(BigDecimal.ZERO));
    }
}
