package com.clinova.web.portal.practice;

import com.clinova.practice.api.ScheduleExceptionDetails;
import com.clinova.practice.api.ScheduleExceptionView.Kind;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What the exception form holds. Dates alone mean whole days (the end day included); a time makes
 * the start or end exact, in the location's zone for a closure and the clinic's otherwise.
 */
public class ExceptionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of(
            "kind", "kind",
            "practitionerId", "practitionerId",
            "locationId", "locationId",
            "start", "startDate",
            "end", "endDate",
            "reason", "reason");

    private Kind kind = Kind.ABSENCE;
    private String practitionerId;
    private String locationId;
    private LocalDate startDate;
    private String startTime;
    private LocalDate endDate;
    private String endTime;
    private String reason;

    /** @throws DateTimeParseException when a time is not HH:mm */
    ScheduleExceptionDetails details() {
        return new ScheduleExceptionDetails(
                kind,
                kind == Kind.ABSENCE ? PortalIds.parse(practitionerId).orElse(null) : null,
                kind == Kind.CLOSURE ? PortalIds.parse(locationId).orElse(null) : null,
                start(),
                end(),
                reason);
    }

    private LocalDateTime start() {
        if (startDate == null) {
            return null;
        }
        return blank(startTime) ? startDate.atStartOfDay() : startDate.atTime(LocalTime.parse(startTime.trim()));
    }

    private LocalDateTime end() {
        if (endDate == null) {
            return null;
        }
        return blank(endTime) ? endDate.plusDays(1).atStartOfDay() : endDate.atTime(LocalTime.parse(endTime.trim()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(String practitionerId) {
        this.practitionerId = practitionerId;
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
