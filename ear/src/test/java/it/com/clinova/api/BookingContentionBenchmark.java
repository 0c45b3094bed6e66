package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Booking throughput under contention, measured in one run against the test server. First every
 * client books its own practitioner's successive times (nobody competes: every request a 201),
 * then every client walks the same sequence of times of one practitioner, so each time is
 * requested by all clients at once (one 201, the rest 409 from the exclusion constraint). Not
 * part of the suite (no IT suffix); run it, together with the audit benchmark, with
 * {@code ./clinova test -Dit.test='BookingContentionBenchmark,PatientReadAuditBenchmark' -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; tune with {@code -Dclinova.bench.clients} (default 8)
 * and {@code -Dclinova.bench.seconds} (10).
 */
class BookingContentionBenchmark {

    private static final int CLIENTS = Integer.getInteger("clinova.bench.clients", 8);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("clinova.bench.seconds", 10));
    /** 30-minute times a day from 06:00 to 21:30. */
    private static final int TIMES_A_DAY = 32;
    /** Far more days than any phase can book. */
    private static final int DAYS = 400;

    @Test
    void bookingsPerSecondApartAndContended() throws Exception {
        SchedulingFixture practice = new SchedulingFixture(CLIENTS, 1);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            patients.add(practice.newPatient());
        }
        run(practice, patients, false, Duration.ofSeconds(3)); // warm-up: JIT, pools

        Outcome apart = run(practice, patients, false, PHASE);
        Outcome contended = run(practice, patients, true, PHASE);

        System.out.printf(
                Locale.ROOT,
                "%nBOOKING BENCHMARK (%d clients, %ds per phase): apart %.0f bookings/s;"
                        + " contended %.0f answers/s (%.0f bookings/s, %.0f refused/s with 409);"
                        + " contended/apart answers ratio %.2f%n%n",
                CLIENTS,
                PHASE.toSeconds(),
                apart.created() / apart.seconds(),
                (contended.created() + contended.refused()) / contended.seconds(),
                contended.created() / contended.seconds(),
                contended.refused() / contended.seconds(),
                ((contended.created() + contended.refused()) / contended.seconds())
                        / (apart.created() / apart.seconds()));
        assertTrue(apart.refused() == 0, "nobody competed, yet bookings were refused");
        assertTrue(contended.created() > 0 && contended.refused() > 0);
    }

    private record Outcome(long created, long refused, double seconds) {}

    private Outcome run(SchedulingFixture practice, List<String> patients, boolean contended, Duration phase)
            throws Exception {
        LocalDate first = SchedulingFixture.reserveDays(contended ? DAYS : DAYS * CLIENTS);
        Instant end = Instant.now().plus(phase);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                LocalDate days = contended ? first : first.plusDays((long) DAYS * client);
                String practitioner = practice.practitioners.get(contended ? 0 : client);
                clients.add(pool.submit(() -> book(practice, patients.get(client), practitioner, days, end)));
            }
            long created = 0;
            long refused = 0;
            for (Future<long[]> client : clients) {
                long[] counts = client.get();
                created += counts[0];
                refused += counts[1];
            }
            return new Outcome(created, refused, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Books successive times from {@code days} on until {@code end}; answers {created, refused}. */
    private static long[] book(
            SchedulingFixture practice, String patient, String practitioner, LocalDate days, Instant end) {
        long created = 0;
        long refused = 0;
        for (int k = 0; Instant.now().isBefore(end) && k < DAYS * TIMES_A_DAY; k++) {
            Instant start = practice.at(days.plusDays(k / TIMES_A_DAY), "06:00")
                    .plus(Duration.ofMinutes(30L * (k % TIMES_A_DAY)));
            ApiResponse answer = practice.desk.post(
                    Appointments.PATH, SchedulingFixture.booking(patient, practice.consultation, practitioner, start));
            if (answer.status() == 201) {
                created++;
            } else if (answer.status() == 409) {
                refused++;
            } else {
                throw new AssertionError("booking " + start + ": " + answer);
            }
        }
        return new long[] {created, refused};
    }
}
