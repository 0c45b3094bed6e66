package com.clinova.db.demo;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The locale-specific ingredients of a demo clinic's patients. Surname lists deliberately
 * leave out the fixed test patient's first surname so a search for it finds exactly one row.
 */
public record Population(
        List<String> femaleNames,
        List<String> maleNames,
        List<String> surnames,
        List<String> streets,
        List<String> towns,
        List<String> notes,
        String emailDomain,
        Function<Random, String> phone,
        Function<Random, String> nationalId) {

    static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
