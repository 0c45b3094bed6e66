package com.clinova.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrandColoursTest {

    @Test
    void theChosenAccentColourIsUsedForLinks() {
        assertEquals("#1d4ed8", new BrandColours("#0f766e", "#1D4ED8").accent());
    }

    @Test
    void withoutAnAccentTheBrandColourServesUnlessTooPale() {
        assertEquals("#0f766e", new BrandColours("#0f766e", null).accent());
        assertEquals(BrandColours.FALLBACK, new BrandColours("#facc15", null).accent());
        assertEquals("#111827", new BrandColours("#facc15", null).onPrimary());
        assertEquals("#ffffff", new BrandColours("#0f766e", null).onPrimary());
    }

    @Test
    void onlyStrictHexReachesTheStyleSheet() {
        assertEquals(BrandColours.FALLBACK, new BrandColours("red;}body{x:y", "#abc").primary());
        assertEquals(BrandColours.FALLBACK, new BrandColours("red", "#abc").accent());
    }
}
