package it.com.clinova.api;

import static it.com.clinova.api.PatientBuilder.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The cost of the audit trail, measured in one run against the test server: patient reads per
 * second (GET /api/v1/patients/{id}, each an audited access) with the trail on, then off, then on
 * again, and the ratio. Not part of the suite (no IT suffix); run it with
 * {@code ./clinova test -Dit.test=PatientReadAuditBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}
 * and tune with {@code -Dclinova.bench.clients} (default 8) and {@code -Dclinova.bench.seconds} (10).
 *
 * <p>The trail is switched off by a server configuration override of the benchmark-only variable
 * {@code clinova.audit.enabled}; the switch counts as effective once readiness reports the node
 * not ready (the audit-trail check), and the override is always removed again.
 */
class PatientReadAuditBenchmark {

    private static final int CLIENTS = Integer.getInteger("clinova.bench.clients", 8);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("clinova.bench.seconds", 10));
    private static final Path OVERRIDE = Path.of(
            System.getProperty("clinova.it.wlp.dir", "target/liberty/wlp"),
            "usr/servers/clinova/configDropins/overrides/audit-benchmark.xml");

    private final Api admin = Api.at(Clinic.SONRISA).as(Clinic.SONRISA, User.ADMIN);

    /** Reads per second of one patient with the trail on, off, and on again. */
    record AuditCost(int clients, Duration phase, double on, double off, double onAgain) {

        double onOffRatio() {
            return (on + onAgain) / 2 / off;
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "audit on %.0f reads/s, off %.0f reads/s, on again %.0f reads/s; on/off ratio %.2f"
                            + " (cost of auditing a read: %.0f%%) [%d clients, %ds per phase]",
                    on,
                    off,
                    onAgain,
                    onOffRatio(),
                    100 * (1 - onOffRatio()),
                    clients,
                    phase.toSeconds());
        }
    }

    @Test
    void patientReadsPerSecondWithTheTrailOnAndOff() throws Exception {
        AuditCost cost = measure();
        System.out.printf(Locale.ROOT, "%nAUDIT BENCHMARK: %s%n%n", cost.summary());
        assertTrue(cost.off() > 0 && cost.on() > 0 && cost.onAgain() > 0);
    }

    AuditCost measure() throws Exception {
        JsonNode patient = Patients.createAndRead(admin, aPatient());
        String path = Patients.pathOf(patient);
        readsPerSecond(path, Duration.ofSeconds(3)); // warm-up: JIT, pools, caches

        double on = readsPerSecond(path, PHASE);
        double off;
        try {
            switchTrail(false);
            long rowsBefore = rowsAbout(patient);
            off = readsPerSecond(path, PHASE);
            assertEquals(rowsBefore, rowsAbout(patient), "reads were recorded with the trail off");
        } finally {
            switchTrail(true);
        }
        return new AuditCost(CLIENTS, PHASE, on, off, readsPerSecond(path, PHASE));
    }

    private double readsPerSecond(String path, Duration phase) throws Exception {
        Instant end = Instant.now().plus(phase);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> clients = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    long reads = 0;
                    while (Instant.now().isBefore(end)) {
                        ApiResponse response = admin.get(path);
                        assertEquals(200, response.status(), response::toString);
                        reads++;
                    }
                    return reads;
                }));
            }
            long total = 0;
            for (Future<Long> client : clients) {
                total += client.get();
            }
            return total / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private void switchTrail(boolean on) throws IOException, InterruptedException {
        if (on) {
            Files.deleteIfExists(OVERRIDE);
        } else {
            Files.writeString(
                    OVERRIDE, "<server><variable name=\"clinova.audit.enabled\" value=\"false\"/></server>\n");
        }
        int expected = on ? 200 : 503;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Api.at(Clinic.SONRISA).get("/health/ready").status() != expected) {
            assertTrue(Instant.now().isBefore(deadline), "the server never took up clinova.audit.enabled=" + on);
            Thread.sleep(200);
        }
    }

    private static long rowsAbout(JsonNode patient) {
        return AuditRows.countAbout(Clinic.SONRISA, patient.path("id").asText());
    }
}
