package com.clinova.reports.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The clinic's reports, read from the read side (possibly a replica a moment behind the
 * primary). Days are local days of each appointment's location.
 */
@Local
public interface ReportService {

    /**
     * A practitioner's appointments on one day, cancelled ones left out. The patients listed count
     * as accessed for the audit trail.
     */
    List<DayListEntry> dayList(UUID practitionerId, LocalDate day);

    List<PractitionerUtilisation> practitionerUtilisation(ReportPeriod period);

    List<RoomUtilisation> roomUtilisation(ReportPeriod period);

    List<NoShowRate> noShowRates(ReportPeriod period);

    /** Revenue of invoices issued in the period (local days of the clinic), grouped as asked. */
    List<RevenueRow> revenue(ReportPeriod period, RevenueBreakdown breakdown);
}
