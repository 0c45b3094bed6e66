package com.clinova.web.portal;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts of money as the page's language writes them ("45,00 €", "€45.00"). Pages call it per
 * row from Java: an {@code f:convertNumber} whose currency is an expression over the row is built
 * outside the row on a postback, where that expression is empty and the converter fails.
 */
public final class Amounts {

    private Amounts() {}

    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(formatting());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** Spanish and Portuguese as written in Spain and Portugal, where Clinova's clinics are. */
    public static Locale formatting() {
        Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return switch (page.getLanguage()) {
            case "es" -> Locale.forLanguageTag("es-ES");
            case "pt" -> Locale.forLanguageTag("pt-PT");
            default -> Locale.ENGLISH;
        };
    }
}
