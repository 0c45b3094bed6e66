package com.clinova.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineAmountsTest {

    @ParameterizedTest(name = "{0} x {1} - {2} % at {3} % tax")
    @CsvSource({
        // price, quantity, discount %, tax %, gross, discount, net, tax
        "60.00, 1, 0, 21, 60.00, 0.00, 60.00, 12.60",
        "45.00, 3, 10, 21, 135.00, 13.50, 121.50, 25.52",
        // 33.33 x 3 = 99.99; 15 % = 14.9985 -> 15.00; net 84.99; 23 % = 19.5477 -> 19.55
        "33.33, 3, 15, 23, 99.99, 15.00, 84.99, 19.55",
        // tax of 0.05 x 10 % = 0.005 -> half-up 0.01
        "0.05, 1, 0, 10, 0.05, 0.00, 0.05, 0.01",
        "80.00, 1, 100, 21, 80.00, 80.00, 0.00, 0.00",
        "19.99, 2, 0, 0, 39.98, 0.00, 39.98, 0.00",
    })
    void eachDerivedAmountIsRoundedOnceOnTheLine(
            String price,
            int quantity,
            String discountPercent,
            String taxRate,
            String gross,
            String discount,
            String net,
            String tax) {
        LineAmounts amounts = LineAmounts.of(
                new BigDecimal(price), quantity, new BigDecimal(discountPercent), new BigDecimal(taxRate));

        assertEquals(
                new LineAmounts(
                        new BigDecimal(gross), new BigDecimal(discount), new BigDecimal(net), new BigDecimal(tax)),
                amounts);
    }
}
