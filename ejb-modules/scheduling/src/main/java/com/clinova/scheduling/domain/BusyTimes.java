package com.clinova.scheduling.domain;

import com.clinova.practice.api.RoomView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The periods in which practitioners and rooms are taken by live appointments (stale holds left
 * out: the next booking expires them). A snapshot for computing free time; the database has the
 * last word when a booking claims it.
 */
public final class BusyTimes {

    private final Map<UUID, List<Period>> practitioners = new HashMap<>();
    private final Map<UUID, List<Period>> rooms = new HashMap<>();

    public static BusyTimes none() {
        return new BusyTimes();
    }

    /** Records a live appointment of the practitioner, in the room when it has one. */
    public BusyTimes add(UUID practitioner, UUID room, Period period) {
        practitioners.computeIfAbsent(practitioner, k -> new ArrayList<>()).add(period);
        if (room != null) {
            rooms.computeIfAbsent(room, k -> new ArrayList<>()).add(period);
        }
        return this;
    }

    public boolean isPractitionerFree(UUID practitioner, Period period) {
        return isFree(practitioners.get(practitioner), period);
    }

    public boolean isRoomFree(UUID room, Period period) {
        return isFree(rooms.get(room), period);
    }

    /** The first of {@code candidates} (in the given order) that is free throughout {@code period}. */
    public Optional<UUID> freeRoom(List<RoomView> candidates, Period period) {
        return candidates.stream()
                .map(RoomView::id)
                .filter(room -> isRoomFree(room, period))
                .findFirst();
    }

    private static boolean isFree(List<Period> taken, Period period) {
        return taken == null || taken.stream().noneMatch(period::overlaps);
    }
}
