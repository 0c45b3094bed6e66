package com.clinova.web.portal.reports;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RoomUtilisation;
import com.clinova.web.portal.ClinicBranding;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Utilisation and no-show figures for a period of local days (this month by default). Only the
 * period lives in the view state; the figures are read again for each request that shows them,
 * so a replicated session never carries report rows.
 */
@Named("reportFigures")
@ViewScoped
public class ReportFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalReports reports;

    @Inject
    ClinicBranding clinic;

    private LocalDate from;
    private LocalDate to;
    private transient Figures figures;

    /** This month in the clinic's time zone; "to" is shown inclusive on the page. */
    public void open() {
        if (from == null) {
            LocalDate today = LocalDate.now(clinic.getTimeZone());
            from = today.withDayOfMonth(1);
            to = from.plusMonths(1).minusDays(1);
        }
    }

    public void show() {
        figures = null;
    }

    public Figures getFigures() {
        if (figures == null && from != null && to != null) {
            try {
                ReportPeriod period = new ReportPeriod(from, to.plusDays(1));
                figures = new Figures(
                        reports.practitionerUtilisation(period),
                        reports.roomUtilisation(period),
                        reports.noShowRates(period));
            } catch (RuleViolationException e) {
                PortalMessages.error("figures:to", "reports.period.invalid", ReportPeriod.MAX_DAYS);
                figures = Figures.NONE;
            }
        }
        return figures;
    }

    /** The three tables of one period. */
    public record Figures(
            List<PractitionerUtilisation> practitioners, List<RoomUtilisation> rooms, List<NoShowRate> noShows) {
        static final Figures NONE = new Figures(List.of(), List.of(), List.of());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
