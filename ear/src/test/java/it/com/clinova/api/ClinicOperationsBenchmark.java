package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's benchmark, in one run against the test server (`./clinova bench`): booking throughput
 * with every client competing for the same practitioner's next slot versus each client booking its
 * own practitioner, and patient reads per second with the audit trail on versus off. It prints
 * numbers and ratios measured in this run; it asserts only that work was done (timings on a shared
 * machine are not pass/fail material).
 */
class ClinicOperationsBenchmark {

    private static final int CLIENTS = Integer.getInteger("clinova.bench.clients", 8);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("clinova.bench.seconds", 10));
    private static final int SLOT_MINUTES = SchedulingFixture.MINUTES;
    private static final int SLOTS_PER_DAY = (int) Duration.between(SchedulingFixture.OPENS, SchedulingFixture.CLOSES)
                    .toMinutes()
            / SLOT_MINUTES;

    /** Attempts, successes and conflicts of one booking phase. */
    record BookingRates(double attemptsPerSecond, double bookedPerSecond, long conflicts) {

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "%.0f attempts/s, %.0f booked/s, %d conflicts (409)",
                    attemptsPerSecond,
                    bookedPerSecond,
                    conflicts);
        }
    }

    @Test
    void bookingUnderContentionAndAuditedReads() throws Exception {
        SchedulingFixture practice = new SchedulingFixture(CLIENTS, 1);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            patients.add(practice.newPatient());
        }
        bookingPhase(practice, patients, false, Duration.ofSeconds(3)); // warm-up
        BookingRates apart = bookingPhase(practice, patients, false, PHASE);
        BookingRates contended = bookingPhase(practice, patients, true, PHASE);
        PatientReadAuditBenchmark.AuditCost audit = new PatientReadAuditBenchmark().measure();

        System.out.printf(
                Locale.ROOT,
                "%nCLINIC OPERATIONS BENCHMARK (%d clients, %ds per phase)%n"
                        + "  booking, each client its own practitioner: %s%n"
                        + "  booking, all clients for one practitioner's next slot: %s%n"
                        + "  contended/uncontended: attempts %.2f, bookings %.2f%n"
                        + "  patient reads: %s%n%n",
                CLIENTS,
                PHASE.toSeconds(),
                apart.summary(),
                contended.summary(),
                contended.attemptsPerSecond() / apart.attemptsPerSecond(),
                contended.bookedPerSecond() / apart.bookedPerSecond(),
                audit.summary());
        assertTrue(apart.bookedPerSecond() > 0 && contended.bookedPerSecond() > 0);
    }

    /**
     * Clients book back-to-back 30-minute slots, day after day. Apart: client i books practitioner
     * i's next slot, never in conflict. Contended: everyone tries practitioner 0's current slot;
     * the database lets exactly one through and the winner moves the slot on.
     */
    private static BookingRates bookingPhase(
            SchedulingFixture practice, List<String> patients, boolean contended, Duration phase) throws Exception {
        Map<Integer, LocalDate> days = new ConcurrentHashMap<>();
        AtomicInteger sharedSlot = new AtomicInteger();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong booked = new AtomicLong();
        Instant end = Instant.now().plus(phase);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> clients = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                clients.add(pool.submit(() -> {
                    long attempts = 0;
                    int ownSlot = 0;
                    while (Instant.now().isBefore(end)) {
                        int slot = contended ? sharedSlot.get() : ownSlot;
                        String practitioner = practice.practitioners.get(contended ? 0 : client);
                        Instant start = startOf(practice, days, slot);
                        ApiResponse response = practice.desk.post(
                                Appointments.PATH,
                                SchedulingFixture.booking(
                                        patients.get(client), practice.consultation, practitioner, start));
                        attempts++;
                        if (response.status() == 201) {
                            booked.incrementAndGet();
                            if (contended) {
                                sharedSlot.compareAndSet(slot, slot + 1);
                            } else {
                                ownSlot++;
                            }
                        } else if (response.status() == 409 && contended) {
                            conflicts.incrementAndGet();
                        } else {
                            fail("unexpected answer: " + response);
                        }
                    }
                    return attempts;
                }));
            }
            long attempts = 0;
            for (Future<Long> client : clients) {
                attempts += client.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new BookingRates(attempts / seconds, booked.get() / seconds, conflicts.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Slot n: day n / slots-per-day of the phase (a fresh day each), at opening + its place in the day. */
    private static Instant startOf(SchedulingFixture practice, Map<Integer, LocalDate> days, int slot) {
        LocalDate day = days.computeIfAbsent(slot / SLOTS_PER_DAY, n -> SchedulingFixture.nextDay());
        LocalTime time = SchedulingFixture.OPENS.plusMinutes((long) (slot % SLOTS_PER_DAY) * SLOT_MINUTES);
        return practice.at(day, time.toString());
    }
}
