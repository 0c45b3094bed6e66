package com.clinova.web.portal.scheduling;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.WorkingHoursView;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentPage;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.Availability;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.scheduling.api.AvailabilityService;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.scheduling.api.Rescheduling;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The scheduling, practice and patients contexts as the portal's beans reach them. View state is
 * serialized into the shared session store; an application-scoped client proxy serializes as a
 * mere reference, which an EJB reference held directly by a view is not guaranteed to do.
 */
@ApplicationScoped
public class PortalScheduling {

    @EJB
    AppointmentService appointments;

    @EJB
    AvailabilityService availability;

    @EJB
    PracticeCatalog practice;

    @EJB
    PatientService patients;

    AppointmentView book(BookingRequest request) {
        return appointments.book(request);
    }

    Optional<AppointmentView> appointment(AppointmentId id) {
        return appointments.find(id);
    }

    AppointmentPage calendar(CalendarQuery query) {
        return appointments.calendar(query);
    }

    AppointmentView confirm(AppointmentId id, long version) {
        return appointments.confirm(id, ExpectedVersion.exactly(version));
    }

    AppointmentView cancel(AppointmentId id, long version, String reason) {
        return appointments.cancel(id, ExpectedVersion.exactly(version), reason);
    }

    AppointmentView reschedule(AppointmentId id, long version, Rescheduling to) {
        return appointments.reschedule(id, ExpectedVersion.exactly(version), to);
    }

    AppointmentView checkIn(AppointmentId id, long version) {
        return appointments.checkIn(id, ExpectedVersion.exactly(version));
    }

    AppointmentView complete(AppointmentId id, long version) {
        return appointments.complete(id, ExpectedVersion.exactly(version));
    }

    AppointmentView markNoShow(AppointmentId id, long version) {
        return appointments.markNoShow(id, ExpectedVersion.exactly(version));
    }

    Availability freeSlots(AvailabilityQuery query) {
        return availability.freeSlots(query);
    }

    List<LocationView> locations() {
        return practice.locations();
    }

    List<PractitionerView> practitioners() {
        return practice.practitioners();
    }

    List<ServiceView> services() {
        return practice.services();
    }

    Optional<PractitionerView> practitionerOfUser(UUID userId) {
        return practice.practitionerOfUser(userId);
    }

    Optional<RoomView> room(UUID id) {
        return practice.room(id);
    }

    List<WorkingHoursView> workingHours(Collection<UUID> practitioners) {
        return practice.workingHours(practitioners);
    }

    Optional<PatientView> patient(PatientId id) {
        return patients.find(id);
    }

    List<PatientView> patients(Collection<PatientId> ids) {
        return patients.findAll(ids);
    }

    PatientPage searchPatients(PatientQuery query) {
        return patients.search(query);
    }
}
