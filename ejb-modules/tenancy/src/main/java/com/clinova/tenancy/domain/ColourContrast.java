package com.clinova.tenancy.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The WCAG 2.x contrast rule for brand colours. The portal draws white text on the primary colour
 * (header, buttons) and uses the accent colour for links and outlines on white, so both must
 * reach AA for normal text (4.5:1) against white; a colour that does not is refused with the
 * ratio it reaches, rather than silently replaced.
 */
public final class ColourContrast {

    public static final double AA_NORMAL_TEXT = 4.5;
    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private ColourContrast() {}

    public static boolean isHex(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    /** The contrast ratio of {@code #rrggbb} against white, 1.0 to 21.0. */
    public static double againstWhite(String hex) {
        return (1.0 + 0.05) / (luminance(hex) + 0.05);
    }

    /** Why {@code colour} is refused as a brand colour, if it is. */
    public static Optional<String> problemWith(String colour) {
        if (!isHex(colour)) {
            return Optional.of("must be a colour written #rrggbb");
        }
        double ratio = againstWhite(colour);
        if (ratio < AA_NORMAL_TEXT) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "contrast with white text is %.2f:1; WCAG AA needs at least 4.5:1, so choose a darker colour",
                    Math.floor(ratio * 100) / 100));
        }
        return Optional.empty();
    }

    static double luminance(String hex) {
        return 0.2126 * channel(hex.substring(1, 3))
                + 0.7152 * channel(hex.substring(3, 5))
                + 0.0722 * channel(hex.substring(5, 7));
    }

    private static double channel(String twoHexDigits) {
        double c = Integer.parseInt(twoHexDigits, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
