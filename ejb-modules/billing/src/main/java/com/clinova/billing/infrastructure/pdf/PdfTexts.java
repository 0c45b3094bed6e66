package com.clinova.billing.infrastructure.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words, amounts and dates of a printed invoice in the clinic's language: texts from the
 * {@code invoice} bundle (English when the language is not one Clinova speaks, never the server's
 * own language), money in the clinic's currency as that language writes it, dates in the clinic's
 * time zone.
 */
final class PdfTexts {

    static final String BUNDLE = "com.clinova.billing.infrastructure.pdf.invoice";
    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberFormat money;
    private final NumberFormat number;
    private final DateTimeFormatter dates;
    private final ZoneId zone;

    PdfTexts(Locale requested, String currency, ZoneId zone) {
        this.locale = formatting(requested);
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                PdfTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.money = NumberFormat.getCurrencyInstance(locale);
        this.money.setCurrency(Currency.getInstance(currency));
        this.number = NumberFormat.getNumberInstance(locale);
        this.number.setMinimumFractionDigits(0);
        this.number.setMaximumFractionDigits(2);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.zone = zone;
    }

    /**
     * Clinics name only a language; amounts and dates are written as in Spain and Portugal, where
     * Clinova's Spanish- and Portuguese-speaking clinics are ("45,00 €", not Brazil's "€ 45,00").
     */
    static Locale formatting(Locale requested) {
        return switch (requested.getLanguage()) {
            case "es" -> Locale.forLanguageTag("es-ES");
            case "pt" -> Locale.forLanguageTag("pt-PT");
            default -> Locale.ENGLISH;
        };
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String money(BigDecimal amount) {
        return money.format(amount);
    }

    /** A percentage or quantity without needless decimals: 21, 12,5. */
    String number(BigDecimal value) {
        return number.format(value);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String date(Instant instant) {
        return instant == null ? "" : dates.format(instant.atZone(zone).toLocalDate());
    }

    Locale locale() {
        return locale;
    }
}
