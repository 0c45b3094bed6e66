package com.clinova.db.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Deterministic synthetic patients: the same seed always yields the same people, so tests and
 * screenshots can rely on them.
 */
final class PatientGenerator {

    private static final LocalDate OLDEST = LocalDate.of(1938, 1, 1);
    private static final int BIRTH_DAY_SPAN = (int) (LocalDate.of(2021, 12, 31).toEpochDay() - OLDEST.toEpochDay());

    private final Population population;
    private final Random random;

    PatientGenerator(Population population, long seed) {
        this.population = population;
        this.random = new Random(seed);
    }

    /** {@code fixed} first, then {@code generated} synthetic patients with distinct national ids. */
    List<DemoPatient> patients(DemoPatient fixed, int generated) {
        List<DemoPatient> patients = new ArrayList<>(generated + 1);
        Set<String> nationalIds = new HashSet<>();
        patients.add(fixed);
        nationalIds.add(fixed.nationalId());
        for (int i = 0; i < generated; i++) {
            patients.add(next(i, nationalIds));
        }
        return patients;
    }

    private DemoPatient next(int index, Set<String> usedNationalIds) {
        boolean female = random.nextBoolean();
        String given = Population.pick(random, female ? population.femaleNames() : population.maleNames());
        String family =
                Population.pick(random, population.surnames()) + " " + Population.pick(random, population.surnames());
        String email = ascii(given.split(" ")[0]) + "." + ascii(family.split(" ")[0]) + (index + 1) + "@"
                + population.emailDomain();
        return new DemoPatient(
                randomUuid(),
                given,
                family,
                OLDEST.plusDays(random.nextInt(BIRTH_DAY_SPAN)),
                sex(female),
                population.phone().apply(random),
                email,
                nationalId(usedNationalIds),
                Population.pick(random, population.streets()) + " " + (1 + random.nextInt(180)) + ", "
                        + Population.pick(random, population.towns()),
                random.nextInt(4) == 0 ? Population.pick(random, population.notes()) : null);
    }

    private String sex(boolean female) {
        int roll = random.nextInt(50);
        if (roll == 0) {
            return "other";
        }
        if (roll == 1) {
            return "unknown";
        }
        return female ? "female" : "male";
    }

    // Roughly one patient in fifteen (children, tourists) has no national id on file.
    private String nationalId(Set<String> used) {
        if (random.nextInt(15) == 0) {
            return null;
        }
        String id;
        do {
            id = population.nationalId().apply(random);
        } while (!used.add(id));
        return id;
    }

    private UUID randomUuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
