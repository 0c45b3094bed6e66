package com.clinova.db.demo;

/**
 * Check-digit arithmetic for the identity numbers the demo clinics use: Spanish DNI (8 digits
 * and a letter) and Portuguese NIF (9 digits, modulo-11 check digit). Synthetic patients get
 * numbers a real validator accepts, so forms with validation work on demo data.
 */
public final class NationalIds {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private NationalIds() {}

    /** The DNI for an 8-digit number, e.g. 12345678 gives {@code 12345678Z}. */
    public static String dni(int number) {
        if (number < 0 || number > 99_999_999) {
            throw new IllegalArgumentException("A DNI number has at most 8 digits: " + number);
        }
        return String.format("%08d%c", number, DNI_LETTERS.charAt(number % 23));
    }

    public static boolean isValidDni(String value) {
        if (value == null || !value.matches("[0-9]{8}[A-Z]")) {
            return false;
        }
        return dni(Integer.parseInt(value.substring(0, 8))).equals(value);
    }

    /** The NIF whose first eight digits are {@code base}, e.g. 12345678 gives {@code 123456789}. */
    public static String nif(int base) {
        if (base < 10_000_000 || base > 99_999_999) {
            throw new IllegalArgumentException("A NIF base has exactly 8 digits: " + base);
        }
        String digits = Integer.toString(base);
        return digits + nifCheckDigit(digits);
    }

    public static boolean isValidNif(String value) {
        if (value == null || !value.matches("[1-9][0-9]{8}")) {
            return false;
        }
        return nifCheckDigit(value.substring(0, 8)) == value.charAt(8) - '0';
    }

    private static int nifCheckDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * (9 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
