package com.clinova.billing.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"invoice_en", "invoice_es", "invoice_pt"})
    void everyLanguageHasExactlyTheKeysOfTheDefault(String bundle) throws IOException {
        assertEquals(keysOf("invoice"), keysOf(bundle));
    }

    @Test
    void amountsAndDatesAreWrittenAsInTheClinicsCountry() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        PdfTexts spanish = new PdfTexts(new Locale("es"), "EUR", madrid);
        PdfTexts portuguese = new PdfTexts(new Locale("pt"), "EUR", madrid);
        PdfTexts english = new PdfTexts(Locale.ENGLISH, "EUR", madrid);

        assertEquals("1.234,50 €", plain(spanish.money(new BigDecimal("1234.50"))));
        assertEquals("1 234,50 €", plain(portuguese.money(new BigDecimal("1234.50"))));
        assertEquals("€1,234.50", plain(english.money(new BigDecimal("1234.50"))));
        assertEquals("12,5", spanish.number(new BigDecimal("12.50")));
        assertEquals("03/03/2026", portuguese.date(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void aLanguageClinovaDoesNotSpeakFallsBackToEnglishNotTheServers() {
        Locale server = Locale.getDefault();
        Locale.setDefault(new Locale("es"));
        try {
            assertEquals("Invoice", new PdfTexts(Locale.GERMAN, "EUR", ZoneId.of("UTC")).text("document.invoice"));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void textOnTheBrandBandIsWhiteOnDarkColoursAndInkOnLightOnes() {
        assertEquals(Color.WHITE, PdfStyle.readableOn(Color.decode("#0e7490")));
        assertEquals(Color.WHITE, PdfStyle.readableOn(Color.decode("#9d174d")));
        assertEquals(PdfStyle.INK, PdfStyle.readableOn(Color.decode("#fde68a")));
    }

    private static String plain(String formatted) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static Set<Object> keysOf(String bundle) throws IOException {
        try (InputStream in = PdfTexts.class.getResourceAsStream(bundle + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.keySet();
        }
    }
}
