package com.clinova.scheduling.domain;

import com.clinova.scheduling.api.Availability;
import com.clinova.scheduling.api.FreeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes free slots. Candidate starts are laid every {@code step} from the start of each working
 * block (real time, so a DST change inside a block shifts nothing); a start qualifies when the
 * whole service fits in the block, it is not before {@code notBefore}, no exception covers any of
 * it, the practitioner is free throughout and, for services that need one, a room of the service
 * at that location is too.
 */
public final class SlotFinder {

    private static final Comparator<FreeSlot> ORDER = Comparator.comparing(FreeSlot::start)
            .thenComparing(FreeSlot::practitionerId)
            .thenComparing(FreeSlot::locationId);

    private final WorkingTime workingTime;
    private final BusyTimes busy;
    private final Duration step;

    public SlotFinder(WorkingTime workingTime, BusyTimes busy, Duration step) {
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("the slot step must be positive");
        }
        this.workingTime = workingTime;
        this.busy = busy;
        this.step = step;
    }

    public Availability find(SlotSearch search) {
        List<FreeSlot> slots = new ArrayList<>();
        for (UUID location : search.locations()) {
            for (LocalDate day = search.from(); !day.isAfter(search.to()); day = day.plusDays(1)) {
                for (UUID practitioner : search.practitioners()) {
                    for (Period block : workingTime.blocks(practitioner, location, day)) {
                        slotsIn(block, practitioner, location, search, slots);
                    }
                }
            }
        }
        slots.sort(ORDER);
        boolean truncated = slots.size() > search.limit();
        return new Availability(truncated ? slots.subList(0, search.limit()) : slots, truncated);
    }

    private void slotsIn(Period block, UUID practitioner, UUID location, SlotSearch search, List<FreeSlot> into) {
        for (Instant start = block.start();
                !start.plus(search.length()).isAfter(block.end());
                start = start.plus(step)) {
            Period period = Period.of(start, search.length());
            if (start.isBefore(search.notBefore())
                    || workingTime.isExcepted(practitioner, location, period)
                    || !busy.isPractitionerFree(practitioner, period)) {
                continue;
            }
            Optional<UUID> room =
                    search.needsRoom() ? busy.freeRoom(search.roomsAt(location), period) : Optional.empty();
            if (!search.needsRoom() || room.isPresent()) {
                into.add(new FreeSlot(period.start(), period.end(), practitioner, location, room.orElse(null)));
            }
        }
    }
}
