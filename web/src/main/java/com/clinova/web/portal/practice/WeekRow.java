package com.clinova.web.portal.practice;

import com.clinova.practice.api.WorkingHoursBlock;
import com.clinova.practice.api.WorkingHoursView;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** One editable block of the week form; times are the browser's HH:mm text until saved. */
public class WeekRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String locationId;
    private DayOfWeek day = DayOfWeek.MONDAY;
    private String start = "09:00";
    private String end = "14:00";

    static WeekRow of(WorkingHoursView view) {
        WeekRow row = new WeekRow();
        row.locationId = view.locationId().toString();
        row.day = view.day();
        row.start = view.start().toString();
        row.end = view.end().toString();
        return row;
    }

    static WeekRow at(String locationId) {
        WeekRow row = new WeekRow();
        row.locationId = locationId;
        return row;
    }

    /** The block, or empty when a part is missing or unreadable. */
    Optional<WorkingHoursBlock> block() {
        try {
            return PortalIds.parse(locationId)
                    .map(location ->
                            new WorkingHoursBlock(location, day, LocalTime.parse(start), LocalTime.parse(end)));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }
}
