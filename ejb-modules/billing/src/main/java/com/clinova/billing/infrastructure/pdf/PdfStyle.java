package com.clinova.billing.infrastructure.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts and colours of printed invoices. Text is set in Liberation Sans (shipped inside OpenPDF),
 * embedded as a Unicode subset, so any name a patient has prints as written and can be copied and
 * searched; the standard PDF fonts know only Western European letters. Headings and rules take
 * the clinic's colour.
 */
final class PdfStyle {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = load();

    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color VOID = new Color(0xb9, 0x1c, 0x1c);

    final Color brand;
    final Font body;
    final Font small;
    final Font bold;
    final Font heading;
    final Font title;
    final Font onBrand;
    final Font onBrandSmall;
    final Font voidTitle;
    final Font voidNote;

    PdfStyle(String brandColour) {
        BaseFont base = baseFont();
        this.brand = Color.decode(brandColour);
        this.body = new Font(base, 9.5f, Font.NORMAL, INK);
        this.small = new Font(base, 8f, Font.NORMAL, MUTED);
        this.bold = new Font(base, 9.5f, Font.BOLD, INK);
        this.heading = new Font(base, 10.5f, Font.BOLD, brand);
        this.title = new Font(base, 20f, Font.BOLD, brand);
        this.onBrand = new Font(base, 13f, Font.BOLD, readableOn(brand));
        this.onBrandSmall = new Font(base, 8.5f, Font.BOLD, readableOn(brand));
        this.voidTitle = new Font(base, 16f, Font.BOLD, VOID);
        this.voidNote = new Font(base, 9.5f, Font.NORMAL, VOID);
    }

    /** White or ink, whichever contrasts more with the clinic's colour (WCAG relative luminance). */
    static Color readableOn(Color background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withInk = (luminance + 0.05) / (luminance(INK) + 0.05);
        return withWhite >= withInk ? Color.WHITE : INK;
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, FONT_BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF no longer ships " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
