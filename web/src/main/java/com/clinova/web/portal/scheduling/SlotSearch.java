package com.clinova.web.portal.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.practice.api.ServiceView;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.scheduling.api.FreeSlot;
import com.clinova.web.portal.PortalMessages;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The free-slot search of the booking page: a service (required), optionally a practitioner and a
 * location, and a first day; it lists the earliest free slots of that day and the six after it.
 * Lives as long as the booking page's view.
 */
@Dependent
public class SlotSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DAYS = 7;
    private static final int SHOWN = 40;

    @Inject
    PortalScheduling scheduling;

    @Inject
    PracticeDirectory practice;

    private String service;
    private String practitioner;
    private String location;
    private LocalDate from;
    private final List<Option> options = new ArrayList<>();
    private boolean searched;

    /** A free slot as the page lists it. */
    public record Option(BookingSlot slot, String label) implements Serializable {}

    void prefill(Optional<UUID> serviceId, Optional<UUID> practitionerId, Optional<UUID> locationId) {
        service = serviceId.map(UUID::toString).orElse(null);
        practitioner = practitionerId.map(UUID::toString).orElse(null);
        location = locationId.map(UUID::toString).orElse(null);
    }

    public void search() {
        options.clear();
        searched = true;
        Optional<UUID> serviceId = Ids.parse(service);
        if (serviceId.isEmpty()) {
            PortalMessages.error("slots:service", "booking.service.required");
            return;
        }
        LocalDate first = from == null ? LocalDate.now(today()) : from;
        try {
            List<FreeSlot> slots = scheduling
                    .freeSlots(new AvailabilityQuery(
                            serviceId.get(),
                            Ids.parse(practitioner),
                            Ids.parse(location),
                            first,
                            first.plusDays(DAYS - 1),
                            SHOWN))
                    .slots();
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            for (FreeSlot s : slots) {
                BookingSlot slot =
                        new BookingSlot(serviceId.get(), s.practitionerId(), s.locationId(), s.roomId(), s.start());
                String label = Times.dateTime(s.start(), practice.zoneOf(s.locationId()), locale) + " · "
                        + practice.practitionerName(s.practitionerId()) + " · " + practice.locationName(s.locationId());
                options.add(new Option(slot, label));
            }
        } catch (RuleViolationException e) {
            PortalMessages.error(null, "booking.search.invalid");
        }
    }

    /** The zone in which "today" is meant: the chosen location's, else the clinic's first location's. */
    private java.time.ZoneId today() {
        return Ids.parse(location).map(practice::zoneOf).orElseGet(() -> practice.activeLocations().stream()
                .map(com.clinova.practice.api.LocationView::timeZone)
                .findFirst()
                .orElse(java.time.ZoneOffset.UTC));
    }

    public List<com.clinova.practice.api.PractitionerView> getPractitioners() {
        return practice.activePractitioners();
    }

    public List<com.clinova.practice.api.LocationView> getLocations() {
        return practice.activeLocations();
    }

    public List<ServiceView> getServices() {
        return practice.activeServices();
    }

    public List<Option> getOptions() {
        return options;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(String practitioner) {
        this.practitioner = practitioner;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
