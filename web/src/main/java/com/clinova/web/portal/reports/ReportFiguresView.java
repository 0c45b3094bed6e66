package com.clinova.web.portal.reports;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import com.clinova.web.portal.Amounts;
import com.clinova.web.portal.ClinicBranding;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** Checks the period in the action, so its message reaches the field before the page renders. */
    public void show() {
        figures = null;
        period().ifPresentOrElse(p -> {}, () -> {
            PortalMessages.error("figures:to", "reports.period.invalid", ReportPeriod.MAX_DAYS);
            figures = Figures.NONE;
        });
    }

    public Figures getFigures() {
        if (figures == null) {
            figures = period().map(p -> new Figures(
                            reports.practitionerUtilisation(p),
                            reports.roomUtilisation(p),
                            reports.noShowRates(p),
                            reports.revenue(p, RevenueBreakdown.MONTH),
                            reports.revenue(p, RevenueBreakdown.SERVICE)))
                    .orElse(Figures.NONE);
        }
        return figures;
    }

    public String money(BigDecimal amount, String currency) {
        return Amounts.format(amount, currency);
    }

    /** The page's inclusive "to" as the reports' exclusive end; empty when the period is unusable. */
    private Optional<ReportPeriod> period() {
        if (from == null || to == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportPeriod(from, to.plusDays(1)));
        } catch (RuleViolationException e) {
            return Optional.empty();
        }
    }

    /** The tables of one period. */
    public record Figures(
            List<PractitionerUtilisation> practitioners,
            List<RoomUtilisation> rooms,
            List<NoShowRate> noShows,
            List<RevenueRow> revenueByMonth,
            List<RevenueRow> revenueByService) {
        static final Figures NONE = new Figures(List.of(), List.of(), List.of(), List.of(), List.of());
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
