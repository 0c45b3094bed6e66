package com.clinova.web.portal.scheduling;

import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Set;

/** The booking pages' texts for a slot and for the rules a booking broke. */
final class BookingMessages {

    /** Fields whose broken rule has a message of its own; any other gets the general one. */
    private static final Set<String> EXPLAINED =
            Set.of("start", "patientId", "practitionerId", "serviceId", "roomId", "notes");

    private BookingMessages() {}

    static String keyOf(String field) {
        return EXPLAINED.contains(field) ? "booking.invalid." + field : "booking.invalid";
    }

    /** E.g. "Limpieza dental with Dra. Elena Vidal, Monday 23 November 2026, 10:00, Sonrisa Centro (Gabinete 1)". */
    static String describe(BookingSlot slot, PracticeDirectory practice) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String where = practice.locationName(slot.locationId())
                + (slot.roomId() == null ? "" : " (" + practice.roomName(slot.roomId()) + ")");
        return PortalMessages.text(
                "booking.slot",
                practice.serviceName(slot.serviceId()),
                practice.practitionerName(slot.practitionerId()),
                Times.dateTime(slot.start(), practice.zoneOf(slot.locationId()), locale),
                where);
    }
}
