package com.clinova.practice.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.ScheduleExceptionDetails;
import com.clinova.practice.api.ScheduleExceptionService;
import com.clinova.practice.api.ScheduleExceptionView;
import com.clinova.practice.domain.ScheduleException;
import com.clinova.practice.domain.ScheduleExceptionRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Any staff member reads exceptions; only clinic admins declare and delete them. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultScheduleExceptionService implements ScheduleExceptionService {

    @Inject
    ScheduleExceptionRepository exceptions;

    @Inject
    RepositoryLookup practice;

    @Inject
    ClinicDefaults clinic;

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public ScheduleExceptionView declare(ScheduleExceptionDetails details) {
        ScheduleException exception =
                ScheduleException.declare(TenantContext.require(), details, clinic.zone(), practice, Instant.now());
        exceptions.add(exception);
        return exception.view();
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public void delete(UUID id) {
        ScheduleException exception =
                exceptions.find(id).orElseThrow(() -> new ResourceNotFoundException("Schedule exception", id));
        exceptions.remove(exception);
    }

    @Override
    public Optional<ScheduleExceptionView> find(UUID id) {
        return exceptions.find(id).map(ScheduleException::view);
    }

    @Override
    public List<FieldViolation> violationsOf(ScheduleExceptionDetails details) {
        return ScheduleException.violationsOf(details, clinic.zone(), practice);
    }

    @Override
    public List<ScheduleExceptionView> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new RuleViolationException(
                    List.of(new FieldViolation("to", "must be at most " + MAX_RANGE_DAYS + " days after from")));
        }
        ZoneId zone = clinic.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return exceptions.overlapping(start, end).stream()
                .map(ScheduleException::view)
                .toList();
    }

    @Override
    public ZoneId clinicZone() {
        return clinic.zone();
    }
}
