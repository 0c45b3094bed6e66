package com.clinova.web.portal.reports;

import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.ReportService;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The reports context as view-scoped beans reach it: an application-scoped proxy serializes as a
 * reference with the view state, an EJB reference held by the view need not.
 */
@ApplicationScoped
public class PortalReports {

    @EJB
    ReportService reports;

    @EJB
    PracticeCatalog practice;

    /** Active practitioners, by name, for choosing whose day to show. */
    List<PractitionerView> practitioners() {
        return practice.practitioners().stream()
                .filter(PractitionerView::active)
                .sorted(Comparator.comparing(PractitionerView::displayName))
                .toList();
    }

    List<DayListEntry> dayList(UUID practitionerId, LocalDate day) {
        return reports.dayList(practitionerId, day);
    }

    List<PractitionerUtilisation> practitionerUtilisation(ReportPeriod period) {
        return reports.practitionerUtilisation(period);
    }

    List<RoomUtilisation> roomUtilisation(ReportPeriod period) {
        return reports.roomUtilisation(period);
    }

    List<NoShowRate> noShowRates(ReportPeriod period) {
        return reports.noShowRates(period);
    }

    List<RevenueRow> revenue(ReportPeriod period, RevenueBreakdown breakdown) {
        return reports.revenue(period, breakdown);
    }
}
