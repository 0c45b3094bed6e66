package com.clinova.scheduling.domain;

import static com.clinova.scheduling.domain.PracticeBuilder.MADRID;
import static com.clinova.scheduling.domain.PracticeBuilder.practitioner;
import static com.clinova.scheduling.domain.PracticeBuilder.room;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.scheduling.api.Availability;
import com.clinova.scheduling.api.FreeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final Duration STEP = Duration.ofMinutes(15);
    /** Monday 23 November 2026, Madrid on winter time (UTC+1). */
    private static final LocalDate MONDAY_23 = LocalDate.of(2026, 11, 23);

    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private final PracticeBuilder practice = new PracticeBuilder();
    private final UUID centro = practice.location("Centro", MADRID);
    private final PractitionerView lucia = practitioner("Lucía");
    private BusyTimes busy = BusyTimes.none();

    @Test
    void offersEveryStepOfTheWorkingBlockAsWallClockTimeOfTheLocation() {
        practice.works(lucia, centro, "09:00", "11:00", MONDAY);

        List<FreeSlot> slots = find(30, MONDAY_23, MONDAY_23).slots();

        assertEquals(
                List.of("09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30"), localStarts(slots, MADRID));
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), slots.get(0).start());
        assertEquals(Instant.parse("2026-11-23T08:30:00Z"), slots.get(0).end());
        assertTrue(slots.stream().allMatch(s -> s.practitionerId().equals(lucia.id())));
        assertTrue(slots.stream().allMatch(s -> s.locationId().equals(centro) && s.roomId() == null));
    }

    @Test
    void theSameHoursAreOtherInstantsInAnotherZone() {
        UUID lisboa = practice.location("Lisboa", ZoneId.of("Europe/Lisbon"));
        practice.works(lucia, lisboa, "09:00", "10:00", MONDAY);

        List<FreeSlot> slots = find(60, MONDAY_23, MONDAY_23).slots();

        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), slots.get(0).start());
        assertEquals(1, slots.size());
    }

    @Test
    void offersNothingOnDaysWithoutHoursAndSplitsAroundALunchBreak() {
        practice.works(lucia, centro, "09:00", "10:00", MONDAY).works(lucia, centro, "15:00", "16:00", MONDAY);

        Availability week = find(60, MONDAY_23, MONDAY_23.plusDays(6));

        assertEquals(List.of("09:00", "15:00"), localStarts(week.slots(), MADRID));
    }

    @Test
    void aHolidayAClosureAndAnAbsenceEachTakeTheirTime() {
        practice.works(lucia, centro, "09:00", "13:00", MONDAY);
        practice.holiday(madrid(MONDAY_23, "09:00"), madrid(MONDAY_23, "10:00"));
        practice.closure(centro, madrid(MONDAY_23, "10:00"), madrid(MONDAY_23, "11:00"));
        practice.absence(lucia, madrid(MONDAY_23, "11:30"), madrid(MONDAY_23, "12:00"));
        // Closures of other locations and absences of colleagues change nothing here.
        practice.closure(UUID.randomUUID(), madrid(MONDAY_23, "12:00"), madrid(MONDAY_23, "13:00"));
        practice.absence(practitioner("Colleague"), madrid(MONDAY_23, "12:00"), madrid(MONDAY_23, "13:00"));

        List<FreeSlot> slots = find(30, MONDAY_23, MONDAY_23).slots();

        assertEquals(List.of("11:00", "12:00", "12:15", "12:30"), localStarts(slots, MADRID));
    }

    @Test
    void aHolidayOverTheWholeDayLeavesNothing() {
        practice.works(lucia, centro, "09:00", "13:00", MONDAY);
        practice.holiday(madrid(MONDAY_23, "00:00"), madrid(MONDAY_23.plusDays(1), "00:00"));

        assertTrue(find(30, MONDAY_23, MONDAY_23).slots().isEmpty());
    }

    @Test
    void onTheSpringDstChangeInMadridABlockAcrossTheChangeIsAnHourShorter() {
        LocalDate change = LocalDate.of(2026, 3, 29); // 02:00 CET becomes 03:00 CEST
        practice.works(lucia, centro, "01:00", "05:00", SUNDAY);

        List<FreeSlot> slots = find(60, change, change, Duration.ofMinutes(60)).slots();

        assertEquals(List.of("01:00", "03:00", "04:00"), localStarts(slots, MADRID));
        assertEquals(
                List.of(
                        Instant.parse("2026-03-29T00:00:00Z"),
                        Instant.parse("2026-03-29T01:00:00Z"),
                        Instant.parse("2026-03-29T02:00:00Z")),
                slots.stream().map(FreeSlot::start).toList());
        assertTrue(slots.stream().allMatch(s -> s.end().equals(s.start().plus(Duration.ofHours(1)))));
    }

    @Test
    void onTheAutumnDstChangeInMadridABlockAcrossTheChangeIsAnHourLonger() {
        LocalDate change = LocalDate.of(2026, 10, 25); // 03:00 CEST becomes 02:00 CET
        practice.works(lucia, centro, "01:00", "05:00", SUNDAY);

        List<FreeSlot> slots = find(60, change, change, Duration.ofMinutes(60)).slots();

        assertEquals(List.of("01:00", "02:00", "02:00", "03:00", "04:00"), localStarts(slots, MADRID));
        assertEquals(Instant.parse("2026-10-24T23:00:00Z"), slots.get(0).start());
        assertEquals(Instant.parse("2026-10-25T03:00:00Z"), slots.get(4).start());
    }

    @Test
    void dayHoursOnTheDstChangeDayKeepTheirWallClockTimes() {
        practice.works(lucia, centro, "09:00", "10:00", SATURDAY, SUNDAY);

        List<FreeSlot> slots =
                find(60, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29)).slots();

        assertEquals(List.of("09:00", "09:00"), localStarts(slots, MADRID));
        assertEquals(Instant.parse("2026-03-28T08:00:00Z"), slots.get(0).start()); // CET, UTC+1
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), slots.get(1).start()); // CEST, UTC+2
    }

    @Test
    void hoursInsideTheSkippedHourDoNotExistThatDay() {
        practice.works(lucia, centro, "02:15", "03:00", SUNDAY);

        assertTrue(find(15, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29))
                .slots()
                .isEmpty());
        assertEquals(
                3,
                find(15, LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 5))
                        .slots()
                        .size());
    }

    @Test
    void aServiceLongerThanAGapBetweenBookingsDoesNotFitIntoIt() {
        practice.works(lucia, centro, "09:00", "12:00", MONDAY);
        busy.add(lucia.id(), null, period(MONDAY_23, "09:00", "09:30"));
        busy.add(lucia.id(), null, period(MONDAY_23, "10:00", "11:00"));

        List<FreeSlot> slots = find(45, MONDAY_23, MONDAY_23).slots();

        assertEquals(List.of("11:00", "11:15"), localStarts(slots, MADRID));
    }

    @Test
    void aServiceLongerThanTheWholeBlockHasNoSlot() {
        practice.works(lucia, centro, "09:00", "10:00", MONDAY);

        assertTrue(find(90, MONDAY_23, MONDAY_23).slots().isEmpty());
    }

    @Test
    void backToBackBookingsLeaveTheTimeRightAfterThemFree() {
        practice.works(lucia, centro, "09:00", "11:00", MONDAY);
        busy.add(lucia.id(), null, period(MONDAY_23, "09:00", "09:30"));
        busy.add(lucia.id(), null, period(MONDAY_23, "09:30", "10:00"));

        List<FreeSlot> slots = find(30, MONDAY_23, MONDAY_23).slots();

        assertEquals(List.of("10:00", "10:15", "10:30"), localStarts(slots, MADRID));
    }

    @Test
    void whenEveryRoomOfTheServiceIsTakenThePractitionerAloneIsNotEnough() {
        RoomView one = room(centro, "Gabinete 1");
        RoomView two = room(centro, "Gabinete 2");
        practice.works(lucia, centro, "09:00", "11:00", MONDAY);
        UUID colleague = UUID.randomUUID();
        busy.add(colleague, one.id(), period(MONDAY_23, "09:00", "10:00"));
        busy.add(UUID.randomUUID(), two.id(), period(MONDAY_23, "09:00", "09:30"));

        List<FreeSlot> slots = findWithRooms(30, Map.of(centro, List.of(one, two)));

        assertEquals(List.of("09:30", "09:45", "10:00", "10:15", "10:30"), localStarts(slots, MADRID));
        assertEquals(two.id(), slots.get(0).roomId(), "only room two is free at 09:30");
        assertEquals(one.id(), slots.get(2).roomId(), "the first free room is offered");
    }

    @Test
    void aServiceWhoseRoomsAreAllElsewhereHasNoSlotAtThisLocation() {
        UUID norte = practice.location("Norte", MADRID);
        practice.works(lucia, centro, "09:00", "10:00", MONDAY);

        assertTrue(
                findWithRooms(30, Map.of(norte, List.of(room(norte, "Sala")))).isEmpty());
    }

    @Test
    void nothingBeforeNowIsOffered() {
        practice.works(lucia, centro, "09:00", "11:00", MONDAY);

        SlotSearch search = search(30, MONDAY_23, MONDAY_23, madrid(MONDAY_23, "10:07"), Map.of());
        List<FreeSlot> slots =
                new SlotFinder(practice.workingTime(), busy, STEP).find(search).slots();

        assertEquals(List.of("10:15", "10:30"), localStarts(slots, MADRID));
    }

    @Test
    void slotsOfSeveralPractitionersComeInTimeOrderAndTheLimitCutsTheRest() {
        PractitionerView pablo = practitioner("Pablo");
        practice.works(lucia, centro, "10:00", "11:00", MONDAY, TUESDAY);
        practice.works(pablo, centro, "09:00", "10:00", MONDAY);
        SlotSearch search = new SlotSearch(
                List.of(lucia.id(), pablo.id()),
                List.of(centro),
                false,
                Map.of(),
                Duration.ofMinutes(60),
                MONDAY_23,
                MONDAY_23.plusDays(1),
                LONG_AGO,
                2);

        Availability found = new SlotFinder(practice.workingTime(), busy, STEP).find(search);

        assertEquals(
                List.of(pablo.id(), lucia.id()),
                found.slots().stream().map(FreeSlot::practitionerId).toList());
        assertTrue(found.truncated());
        assertFalse(find(60, MONDAY_23, MONDAY_23).truncated());
    }

    private Availability find(int minutes, LocalDate from, LocalDate to) {
        return find(minutes, from, to, STEP);
    }

    private Availability find(int minutes, LocalDate from, LocalDate to, Duration step) {
        return new SlotFinder(practice.workingTime(), busy, step).find(search(minutes, from, to, LONG_AGO, Map.of()));
    }

    private List<FreeSlot> findWithRooms(int minutes, Map<UUID, List<RoomView>> rooms) {
        SlotSearch search = search(minutes, MONDAY_23, MONDAY_23, LONG_AGO, rooms);
        return new SlotFinder(practice.workingTime(), busy, STEP).find(search).slots();
    }

    private SlotSearch search(
            int minutes, LocalDate from, LocalDate to, Instant notBefore, Map<UUID, List<RoomView>> rooms) {
        return new SlotSearch(
                List.of(lucia.id()),
                List.copyOf(practice.locations.keySet()),
                !rooms.isEmpty(),
                rooms,
                Duration.ofMinutes(minutes),
                from,
                to,
                notBefore,
                500);
    }

    private static Instant madrid(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time))
                .atZone(MADRID)
                .toInstant();
    }

    private static Period period(LocalDate day, String start, String end) {
        return new Period(madrid(day, start), madrid(day, end));
    }

    private static List<String> localStarts(List<FreeSlot> slots, ZoneId zone) {
        return slots.stream()
                .map(s -> s.start().atZone(zone).toLocalTime().toString())
                .toList();
    }

    @Test
    void aSlotWithoutRoomCarriesNone() {
        practice.works(lucia, centro, "09:00", "09:30", MONDAY);
        assertNull(find(30, MONDAY_23, MONDAY_23).slots().get(0).roomId());
    }
}
