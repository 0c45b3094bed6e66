package com.clinova.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NationalIdsTest {

    @Test
    void dniCheckLetter() {
        assertEquals("12345678Z", NationalIds.dni(12_345_678));
        assertEquals("00000000T", NationalIds.dni(0));
        assertTrue(NationalIds.isValidDni("12345678Z"));
        assertFalse(NationalIds.isValidDni("12345678A"));
        assertFalse(NationalIds.isValidDni("1234567Z"));
    }

    @Test
    void nifCheckDigit() {
        assertEquals("123456789", NationalIds.nif(12_345_678));
        assertTrue(NationalIds.isValidNif("123456789"));
        assertFalse(NationalIds.isValidNif("123456780"));
        assertFalse(NationalIds.isValidNif("12345678"));
        // Remainders 0 and 1 both give check digit 0.
        assertTrue(NationalIds.isValidNif(NationalIds.nif(10_000_010)));
    }
}
