package com.clinova.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void acceptsLettersOfAnyLanguageAndNull() {
        assertTrue(PlainText.isSingleLine("Núñez García, João Conceição"));
        assertTrue(PlainText.isSingleLine(null));
        assertTrue(PlainText.isMultiLine(null));
    }

    @Test
    void refusesNulAndOtherControlCharacters() {
        assertFalse(PlainText.isSingleLine("a\u0000b"));
        assertFalse(PlainText.isSingleLine("a\u001bb"));
        assertFalse(PlainText.isSingleLine("a\nb"));
        assertFalse(PlainText.isMultiLine("a\u0000b"));
    }

    @Test
    void multiLineTextMayBreakLines() {
        assertTrue(PlainText.isMultiLine("Calle Mayor 1\r\n28013 Madrid\tES"));
    }
}
