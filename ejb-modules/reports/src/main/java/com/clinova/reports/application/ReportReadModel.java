package com.clinova.reports.application;

import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The report rows as the read side holds them, for the bound clinic. */
@Local
public interface ReportReadModel {

    List<DayListEntry> dayList(UUID practitionerId, LocalDate day);

    List<PractitionerUtilisation> practitionerUtilisation(ReportPeriod period);

    List<RoomUtilisation> roomUtilisation(ReportPeriod period);

    List<NoShowRate> noShowRates(ReportPeriod period);

    List<RevenueRow> revenue(ReportPeriod period, RevenueBreakdown breakdown);
}
