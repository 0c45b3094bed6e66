package com.clinova.web.portal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours derived from a clinic's primary colour. Clinics pick any colour, so the text drawn on
 * it and links drawn on white are chosen to keep WCAG AA contrast (4.5:1) instead of trusting
 * the pick; and only a strict {@code #rrggbb} value ever reaches the page's style sheet.
 */
final class BrandColours {

    static final String FALLBACK = "#1e3a8a";
    private static final String WHITE = "#ffffff";
    private static final String INK = "#111827";
    private static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final String primary;
    private final String chosenAccent;

    BrandColours(String primaryColour) {
        this(primaryColour, null);
    }

    /** {@code accentColour} is the clinic's own choice for links and outlines, null for none. */
    BrandColours(String primaryColour, String accentColour) {
        this.primary = strict(primaryColour) ? primaryColour.toLowerCase(Locale.ROOT) : FALLBACK;
        this.chosenAccent = strict(accentColour) ? accentColour.toLowerCase(Locale.ROOT) : null;
    }

    private static boolean strict(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    String primary() {
        return primary;
    }

    /** White on dark brand colours, near-black on light ones. */
    String onPrimary() {
        return contrast(luminance(primary), 1.0) >= AA ? WHITE : INK;
    }

    /**
     * For links and outlines on white: the clinic's accent colour, else its brand colour, unless
     * too pale to read (colours saved before the contrast check on save may be).
     */
    String accent() {
        String wanted = chosenAccent != null ? chosenAccent : primary;
        return contrast(luminance(wanted), 1.0) >= AA ? wanted : FALLBACK;
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(hex.substring(1, 3));
        double g = channel(hex.substring(3, 5));
        double b = channel(hex.substring(5, 7));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(String twoHexDigits) {
        double c = Integer.parseInt(twoHexDigits, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
