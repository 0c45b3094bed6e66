package com.clinova.tenancy.api;

import com.clinova.tenancy.domain.ColourContrast;

/**
 * What a clinic admin chooses: the name shown in the portal and on documents, the primary colour
 * (header and buttons, under white text) and an optional accent colour (links and outlines on
 * white; null derives it from the primary colour). Colours are {@code #rrggbb}.
 */
public record BrandingDetails(String displayName, String primaryColour, String accentColour) {

    /** The least contrast a brand colour must reach against white (WCAG AA, normal text). */
    public static final double MIN_CONTRAST = ColourContrast.AA_NORMAL_TEXT;

    /** The contrast ratio of a {@code #rrggbb} colour against white; NaN for anything else. */
    public static double contrastWithWhite(String colour) {
        return ColourContrast.isHex(colour) ? ColourContrast.againstWhite(colour) : Double.NaN;
    }
}
