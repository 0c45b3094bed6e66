package com.clinova.scheduling.infrastructure;

import static com.clinova.scheduling.infrastructure.CalendarSql.utc;

import com.clinova.platform.error.StaleVersionException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.scheduling.domain.Appointment;
import com.clinova.scheduling.domain.AppointmentRepository;
import com.clinova.scheduling.domain.BusyTimes;
import com.clinova.scheduling.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

    /** Written like the constraints' own predicate, so the planner can use their indexes. */
    private static final String LIVE = "status in ('held', 'booked', 'checked_in', 'completed')";

    private static final String EXPIRE = "update clinic.appointment set status = 'expired', hold_expires_at = null,"
            + " updated_at = ?, version = version + 1 where status = 'held' and hold_expires_at <= ?";

    private static final String BUSY = "select * from clinic.appointment where " + LIVE
            + " and tstzrange(starts_at, ends_at) && tstzrange(?, ?)"
            + " and (status <> 'held' or hold_expires_at > ?)"
            + " and (practitioner_id = any(cast(? as uuid[])) or room_id = any(cast(? as uuid[])))";

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public Optional<Appointment> find(AppointmentId id) {
        return Optional.ofNullable(em.find(Appointment.class, id.value()));
    }

    @Override
    public void add(Appointment appointment) {
        lockResourcesOf(appointment);
        em.persist(appointment);
        flush(appointment);
    }

    @Override
    public void save(Appointment appointment) {
        lockResourcesOf(appointment);
        flush(appointment);
    }

    /**
     * Makes writers of the same practitioner, room or patient queue up in one global order before
     * they write. The exclusion constraints still decide who gets a time; but two uncommitted
     * overlapping bookings can each find the other's entry in a constraint's index and wait for the
     * other transaction, and PostgreSQL aborts one as a deadlock, which would reach the caller as a
     * 500 instead of a 409. Locks taken in sorted order cannot
     * form such a cycle: the second writer waits here, then meets the first one's committed row.
     */
    private void lockResourcesOf(Appointment appointment) {
        List<String> keys = Stream.of(appointment.practitionerId(), appointment.roomId(), appointment.patientId())
                .filter(Objects::nonNull)
                .map(UUID::toString)
                .sorted()
                .toList();
        String locks = keys.stream()
                .map(k -> "pg_advisory_xact_lock(hashtextextended(?, 0))")
                .collect(Collectors.joining(", ", "select ", ""));
        Query query = em.createNativeQuery(locks);
        // the entity's pending change must wait behind the locks, not be flushed ahead of them
        query.setFlushMode(FlushModeType.COMMIT);
        bind(query, keys.toArray());
        query.getSingleResult();
    }

    @Override
    public int expireStaleHoldsOverlapping(Period period, UUID practitioner, UUID room, UUID patient, Instant now) {
        String sql = EXPIRE + " and starts_at < ? and ends_at > ? and (practitioner_id = ? or patient_id = ?"
                + (room == null ? ")" : " or room_id = ?)");
        Query update = em.createNativeQuery(sql);
        bind(update, utc(now), utc(now), utc(period.end()), utc(period.start()), practitioner, patient);
        if (room != null) {
            update.setParameter(7, room);
        }
        return update.executeUpdate();
    }

    @Override
    public int expireStaleHolds(Instant now) {
        Query update = em.createNativeQuery(EXPIRE);
        bind(update, utc(now), utc(now));
        return update.executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public BusyTimes busy(
            Collection<UUID> practitioners,
            Collection<UUID> rooms,
            Period period,
            Instant now,
            AppointmentId excluding) {
        BusyTimes busy = BusyTimes.none();
        if (practitioners.isEmpty() && rooms.isEmpty()) {
            return busy;
        }
        Query query = em.createNativeQuery(excluding == null ? BUSY : BUSY + " and id <> ?", Appointment.class);
        bind(query, utc(period.start()), utc(period.end()), utc(now), uuidArray(practitioners), uuidArray(rooms));
        if (excluding != null) {
            query.setParameter(6, excluding.value());
        }
        for (Appointment a : (List<Appointment>) query.getResultList()) {
            busy.add(a.practitionerId(), a.roomId(), a.period());
        }
        return busy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Appointment> calendar(CalendarQuery query) {
        CalendarSql sql = CalendarSql.of(query);
        Query nativeQuery = em.createNativeQuery(sql.text(), Appointment.class);
        bind(nativeQuery, sql.parameters().toArray());
        return nativeQuery.getResultList();
    }

    private void flush(Appointment appointment) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Appointment", appointment.version());
        } catch (PersistenceException e) {
            throw TakenResource.of(e, appointment).orElseThrow(() -> e);
        }
    }

    private static void bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
    }

    private static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
