package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Invariant 7 under contention, black-box: {@value #REQUESTS} booking requests released at the
 * same instant, all for overlapping times, that collide only on the practitioner, only on the
 * room, or only on the patient. Exactly one may succeed; every other must be a 409 naming the
 * contested resource; afterwards the database must hold no two overlapping live appointments of
 * one practitioner, room or patient. Subclasses say which servers the requests are spread over.
 */
abstract class ContendedBookings {

    static final int REQUESTS = 50;

    private static final String OVERLAPS = "select count(*) from clinic.appointment a join clinic.appointment b"
            + " on a.id < b.id"
            + " and a.status in ('held', 'booked', 'checked_in', 'completed')"
            + " and b.status in ('held', 'booked', 'checked_in', 'completed')"
            + " and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)"
            + " and (a.practitioner_id = b.practitioner_id or a.room_id = b.room_id or a.patient_id = b.patient_id)";

    private static SchedulingFixture crowd;
    private static List<String> patients;

    /** The servers the requests go to, in turn. */
    abstract List<Api> servers();

    /** Fifty practitioners who all work at one location with one room, and fifty patients. */
    static synchronized SchedulingFixture crowd() {
        if (crowd == null) {
            crowd = new SchedulingFixture(REQUESTS, 1);
            patients = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                patients.add(crowd.newPatient());
            }
        }
        return crowd;
    }

    @Test
    void onePractitionerIsBookedOnceForOverlappingTimes() throws Exception {
        SchedulingFixture practice = crowd();
        String practitioner = practice.practitioners.get(0);
        List<Map<String, Object>> bookings = new ArrayList<>();
        LocalDate day = SchedulingFixture.nextDay();
        for (int i = 0; i < REQUESTS; i++) {
            bookings.add(SchedulingFixture.booking(
                    patients.get(i), practice.consultation, practitioner, start(practice, day, i)));
        }

        assertOneWinner(race(bookings), "practitioner", practitioner);
        assertLive(practice, day, "practitioner_id", practitioner);
    }

    @Test
    void oneRoomHostsOneOfOverlappingAppointmentsOfDifferentPractitioners() throws Exception {
        SchedulingFixture practice = crowd();
        String room = practice.rooms.get(0);
        List<Map<String, Object>> bookings = new ArrayList<>();
        LocalDate day = SchedulingFixture.nextDay();
        for (int i = 0; i < REQUESTS; i++) {
            Map<String, Object> booking = SchedulingFixture.booking(
                    patients.get(i), practice.cleaning, practice.practitioners.get(i), start(practice, day, i));
            booking.put("roomId", room);
            bookings.add(booking);
        }

        assertOneWinner(race(bookings), "room", room);
        assertLive(practice, day, "room_id", room);
    }

    @Test
    void onePatientIsInOnePlaceAtATime() throws Exception {
        SchedulingFixture practice = crowd();
        String patient = patients.get(0);
        List<Map<String, Object>> bookings = new ArrayList<>();
        LocalDate day = SchedulingFixture.nextDay();
        for (int i = 0; i < REQUESTS; i++) {
            bookings.add(SchedulingFixture.booking(
                    patient, practice.consultation, practice.practitioners.get(i), start(practice, day, i)));
        }

        assertOneWinner(race(bookings), "patient", patient);
        assertLive(practice, day, "patient_id", patient);
    }

    /** Starts at most nine minutes apart: every two of the 30-minute appointments overlap. */
    private static Instant start(SchedulingFixture practice, LocalDate day, int i) {
        return practice.at(day, "10:00").plusSeconds(60L * (i % 10));
    }

    /** Releases every request at once, spread over the servers, and answers in request order. */
    private List<ApiResponse> race(List<Map<String, Object>> bookings) throws Exception {
        List<Api> servers = servers();
        ExecutorService threads = Executors.newFixedThreadPool(bookings.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < bookings.size(); i++) {
                Api server = servers.get(i % servers.size());
                Map<String, Object> booking = bookings.get(i);
                answers.add(threads.submit(() -> {
                    start.await();
                    return server.post(Appointments.PATH, booking);
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertOneWinner(List<ApiResponse> responses, String resource, String resourceId) {
        List<ApiResponse> created =
                responses.stream().filter(r -> r.status() == 201).toList();
        assertEquals(1, created.size(), () -> "successful bookings: " + created);
        for (ApiResponse response : responses) {
            if (response.status() != 201) {
                JsonNode problem = Problems.assertProblem(response, 409, "appointment-conflict");
                assertEquals(resource, problem.path("resource").asText(), response::toString);
                assertEquals(resourceId, problem.path("resourceId").asText(), response::toString);
            }
        }
    }

    /** One live appointment of the resource that day, and none anywhere in the clinic overlapping another. */
    private static void assertLive(SchedulingFixture practice, LocalDate day, String column, String id) {
        // Exactly that day at the fixture's location: the shared crowd's resources are raced on
        // other days by other tests (the next day, too), whose bookings must not be counted here.
        List<String> live = ClinicDatabase.query(
                Clinic.SONRISA,
                "select count(*) from clinic.appointment where " + column + " = ?::uuid"
                        + " and status in ('held', 'booked', 'checked_in', 'completed')"
                        + " and starts_at >= ?::timestamptz and starts_at < ?::timestamptz",
                id,
                practice.at(day, "00:00").toString(),
                practice.at(day.plusDays(1), "00:00").toString());
        assertEquals(List.of("1"), live);
        assertEquals(List.of("0"), ClinicDatabase.query(Clinic.SONRISA, OVERLAPS), "overlapping live appointments");
    }
}
