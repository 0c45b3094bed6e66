package com.clinova.web.api.practice;

/** A room as clients send it; {@code active} false deactivates it (absent keeps it active). */
public record RoomInput(String name, Boolean active) {

    boolean isActive() {
        return active == null || active;
    }
}
