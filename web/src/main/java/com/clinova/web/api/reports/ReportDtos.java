package com.clinova.web.api.reports;

import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import java.math.BigDecimal;
import java.util.List;

/** The report bodies as the API shows them: instants in ISO-8601 UTC, shares as decimals 0–1. Public: JSON-B reads them reflectively. */
public final class ReportDtos {

    private ReportDtos() {}

    public record DayListDto(String practitionerId, String date, List<DayListEntryDto> appointments) {}

    public record DayListEntryDto(
            String appointmentId,
            String startsAt,
            String endsAt,
            String status,
            String patientId,
            String patientName,
            String serviceName,
            String locationName,
            String roomName,
            String timeZone) {

        static DayListEntryDto of(DayListEntry e) {
            return new DayListEntryDto(
                    e.appointmentId().toString(),
                    e.startsAt().toString(),
                    e.endsAt().toString(),
                    e.status(),
                    e.patientId().toString(),
                    e.patientName(),
                    e.serviceName(),
                    e.locationName(),
                    e.roomName(),
                    e.locationZone().getId());
        }
    }

    public record Period(String from, String to) {
        static Period of(ReportPeriod period) {
            return new Period(period.from().toString(), period.to().toString());
        }
    }

    public record PractitionerUtilisationDto(
            String practitionerId,
            String practitionerName,
            long workingMinutes,
            long bookedMinutes,
            long outsideMinutes,
            BigDecimal utilisation) {

        static PractitionerUtilisationDto of(PractitionerUtilisation u) {
            return new PractitionerUtilisationDto(
                    u.practitionerId().toString(),
                    u.practitionerName(),
                    u.workingMinutes(),
                    u.bookedMinutes(),
                    u.outsideMinutes(),
                    u.utilisation());
        }
    }

    public record RoomUtilisationDto(
            String roomId,
            String roomName,
            String locationName,
            long openMinutes,
            long bookedMinutes,
            long outsideMinutes,
            BigDecimal utilisation) {

        static RoomUtilisationDto of(RoomUtilisation u) {
            return new RoomUtilisationDto(
                    u.roomId().toString(),
                    u.roomName(),
                    u.locationName(),
                    u.openMinutes(),
                    u.bookedMinutes(),
                    u.outsideMinutes(),
                    u.utilisation());
        }
    }

    public record NoShowRateDto(
            String practitionerId, String practitionerName, long due, long noShows, BigDecimal rate) {
        static NoShowRateDto of(NoShowRate r) {
            return new NoShowRateDto(
                    r.practitionerId().toString(), r.practitionerName(), r.due(), r.noShows(), r.rate());
        }
    }

    public record RevenueDto(
            String key,
            String label,
            String currency,
            long invoices,
            BigDecimal net,
            BigDecimal tax,
            BigDecimal gross) {
        static RevenueDto of(RevenueRow r) {
            return new RevenueDto(
                    r.key(),
                    r.label(),
                    r.currency(),
                    r.invoices(),
                    r.net(),
                    r.tax(),
                    r.net().add(r.tax()));
        }
    }

    public record Report<T>(Period period, List<T> rows) {}
}
