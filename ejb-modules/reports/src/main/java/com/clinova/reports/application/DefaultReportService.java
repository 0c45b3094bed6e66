package com.clinova.reports.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.ReportService;
import com.clinova.reports.api.RoomUtilisation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Day lists are for everyone who runs the day (admins, front desk, practitioners — the calendar
 * shows them the same appointments); utilisation and no-show rates are management figures for
 * clinic admins. Runs outside any transaction so that the read-side query and the primary's work
 * (the practitioner check) each get their own.
 */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed(CLINIC_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultReportService implements ReportService {

    @EJB
    ReportReadModel queries;

    @EJB
    PracticeCatalog practice;

    @Override
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    public List<DayListEntry> dayList(UUID practitionerId, LocalDate day) {
        if (practice.practitioner(practitionerId).isEmpty()) {
            throw new ResourceNotFoundException("Practitioner", practitionerId.toString());
        }
        return queries.dayList(practitionerId, day);
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
}
