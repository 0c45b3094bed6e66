package com.clinova.web.portal.reports;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.PractitionerView;
import com.clinova.reports.api.DayListEntry;
import com.clinova.web.portal.ClinicBranding;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One practitioner's appointments on one day, for printing or a glance at the morning. Only the
 * choice lives in the view state; the list is read for each request that shows it (and every
 * read is recorded in the audit trail, because it names patients).
 */
@Named("dayList")
@ViewScoped
public class DayListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalReports reports;

    @Inject
    ClinicBranding clinic;

    /** As the select list posts it; a tampered value is simply not found. */
    private String practitionerId;

    private LocalDate day;
    private transient List<PractitionerView> practitioners;
    private transient List<DayListEntry> entries;

    /** Today in the clinic, and the first practitioner, until the user chooses. */
    public void open() {
        if (day == null) {
            day = LocalDate.now(clinic.getTimeZone());
        }
        if (practitionerId == null && !getPractitioners().isEmpty()) {
            practitionerId = getPractitioners().get(0).id().toString();
        }
    }

    public void show() {
        entries = null;
    }

    public List<PractitionerView> getPractitioners() {
        if (practitioners == null) {
            practitioners = reports.practitioners();
        }
        return practitioners;
    }

    public List<DayListEntry> getEntries() {
        if (entries == null && practitionerId != null && day != null) {
            try {
                entries = reports.dayList(UUID.fromString(practitionerId), day);
            } catch (IllegalArgumentException | ResourceNotFoundException e) {
                PortalMessages.error("day:practitioner", "dayList.practitioner.unknown");
                entries = List.of();
            }
        }
        return entries == null ? List.of() : entries;
    }

    /** Wall-clock time of an instant at the appointment's location, whose local day the list shows. */
    public LocalTime localTime(DayListEntry entry, Instant instant) {
        return instant.atZone(entry.locationZone()).toLocalTime();
    }

    public String getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(String practitionerId) {
        this.practitionerId = practitionerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
