package com.clinova.reports.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.audit.api.AuditTrail;
import com.clinova.audit.api.AuditedObjects;
import com.clinova.audit.api.PatientDataAccess;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.ReportService;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Day lists are for everyone who runs the day (admins, front desk, practitioners — the calendar
 * shows them the same appointments); utilisation and no-show rates are management figures for
 * clinic admins; revenue is for clinic admins and billing. The read-side queries run in transactions of their own on the read-only data
 * source; this bean's transaction, on the primary, holds the practitioner check and the audit row.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed(CLINIC_ADMIN)
public class DefaultReportService implements ReportService {

    @EJB
    ReportReadModel queries;

    @EJB
    PracticeCatalog practice;

    @EJB
    AuditTrail audit;

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    public List<DayListEntry> dayList(UUID practitionerId, LocalDate day) {
        if (practice.practitioner(practitionerId).isEmpty()) {
            throw new ResourceNotFoundException("Practitioner", practitionerId.toString());
        }
        List<DayListEntry> entries = queries.dayList(practitionerId, day);
        // Names of the day's patients are patient data: the list is a search that returned them.
        audit.record(PatientDataAccess.search(
                AuditedObjects.APPOINTMENT,
                entries.stream().map(DayListEntry::patientId).toList()));
        return entries;
    }

    @Override
    public List<PractitionerUtilisation> practitionerUtilisation(ReportPeriod period) {
        return queries.practitionerUtilisation(period);
    }

    @Override
    public List<RoomUtilisation> roomUtilisation(ReportPeriod period) {
        return queries.roomUtilisation(period);
    }

    @Override
    public List<NoShowRate> noShowRates(ReportPeriod period) {
        return queries.noShowRates(period);
    }

    @Override
    @RolesAllowed({CLINIC_ADMIN, BILLING})
    public List<RevenueRow> revenue(ReportPeriod period, RevenueBreakdown breakdown) {
        return queries.revenue(period, breakdown);
    }
}
