package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColourContrastTest {

    @Test
    void blackAndWhiteAreTheExtremes() {
        assertEquals(21.0, ColourContrast.againstWhite("#000000"), 0.001);
        assertEquals(1.0, ColourContrast.againstWhite("#ffffff"), 0.001);
    }

    @Test
    void aDarkTealPassesAA() {
        assertEquals(Optional.empty(), ColourContrast.problemWith("#0f766e"));
        assertEquals(Optional.empty(), ColourContrast.problemWith("#9D174D"));
    }

    @Test
    void aPaleYellowIsRefusedWithTheRatioItReaches() {
        String problem = ColourContrast.problemWith("#facc15").orElseThrow();

        assertTrue(problem.startsWith("contrast with white text is 1.53:1; WCAG AA needs at least 4.5:1"), problem);
    }

    @Test
    void justBelowTheThresholdIsRefusedAndJustAboveAccepted() {
        // #777777 reaches 4.48:1, #767676 4.54:1 (the well-known AA grey).
        assertTrue(ColourContrast.problemWith("#777777").isPresent());
        assertEquals(Optional.empty(), ColourContrast.problemWith("#767676"));
    }

    @Test
    void onlyStrictHexIsAColour() {
        assertEquals(Optional.of("must be a colour written #rrggbb"), ColourContrast.problemWith("red"));
        assertEquals(Optional.of("must be a colour written #rrggbb"), ColourContrast.problemWith("#fff"));
        assertEquals(Optional.of("must be a colour written #rrggbb"), ColourContrast.problemWith("#000000;}body{x:y"));
        assertEquals(Optional.of("must be a colour written #rrggbb"), ColourContrast.problemWith(null));
    }
}
