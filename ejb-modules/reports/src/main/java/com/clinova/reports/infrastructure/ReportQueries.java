package com.clinova.reports.infrastructure;

import com.clinova.reports.api.DayListEntry;
import com.clinova.reports.api.NoShowRate;
import com.clinova.reports.api.PractitionerUtilisation;
import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.reports.api.RevenueRow;
import com.clinova.reports.api.RoomUtilisation;
import com.clinova.reports.application.ReportReadModel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Each method is its own read-only transaction on the read side ({@code REQUIRES_NEW}): the
 * tenant is bound per transaction, and a caller's transaction on the primary must never be
 * joined by this second data source.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportQueries implements ReportReadModel {

    @PersistenceContext(unitName = "reports")
    EntityManager reports;

    @Override
    public List<DayListEntry> dayList(UUID practitionerId, LocalDate day) {
        // the zone of each appointment's location: the day is that location's local day
        Query query = reports.createNativeQuery("select d.appointment_id, d.starts_at, d.ends_at, d.status,"
                + " d.patient_id, d.patient_name, d.service_name, d.location_name, d.room_name, l.time_zone"
                + " from clinic.report_day_list(?, ?) d"
                + " join clinic.appointment a on a.id = d.appointment_id"
                + " join clinic.location l on l.tenant_id = a.tenant_id and l.id = a.location_id"
                + " order by d.starts_at, d.appointment_id");
        query.setParameter(1, practitionerId);
        query.setParameter(2, day);
        return rows(query).stream()
                .map(row -> new DayListEntry(
                        (UUID) row[0],
                        instant(row[1]),
                        instant(row[2]),
                        (String) row[3],
                        (UUID) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        ZoneId.of((String) row[9])))
                .toList();
    }

    @Override
    public List<PractitionerUtilisation> practitionerUtilisation(ReportPeriod period) {
        Query query = reports.createNativeQuery("select u.practitioner_id, p.display_name, u.working_minutes,"
                + " u.booked_minutes, u.outside_minutes"
                + " from clinic.report_practitioner_utilisation(?, ?) u"
                + " join clinic.practitioner p on p.id = u.practitioner_id"
                + " order by p.display_name, p.id");
        return rows(bind(query, period)).stream()
                .map(row -> new PractitionerUtilisation(
                        (UUID) row[0], (String) row[1], whole(row[2]), whole(row[3]), whole(row[4])))
                .toList();
    }

    @Override
    public List<RoomUtilisation> roomUtilisation(ReportPeriod period) {
        Query query = reports.createNativeQuery("select u.room_id, r.name, l.name, u.open_minutes,"
                + " u.booked_minutes, u.outside_minutes"
                + " from clinic.report_room_utilisation(?, ?) u"
                + " join clinic.room r on r.id = u.room_id"
                + " join clinic.location l on l.tenant_id = r.tenant_id and l.id = r.location_id"
                + " order by l.name, r.name, r.id");
        return rows(bind(query, period)).stream()
                .map(row -> new RoomUtilisation(
                        (UUID) row[0], (String) row[1], (String) row[2], whole(row[3]), whole(row[4]), whole(row[5])))
                .toList();
    }

    @Override
    public List<NoShowRate> noShowRates(ReportPeriod period) {
        Query query = reports.createNativeQuery("select n.practitioner_id, p.display_name, n.due, n.no_shows"
                + " from clinic.report_no_shows(?, ?) n"
                + " join clinic.practitioner p on p.id = n.practitioner_id"
                + " order by p.display_name, p.id");
        return rows(bind(query, period)).stream()
                .map(row -> new NoShowRate((UUID) row[0], (String) row[1], whole(row[2]), whole(row[3])))
                .toList();
    }

    @Override
    public List<RevenueRow> revenue(ReportPeriod period, RevenueBreakdown breakdown) {
        Query query = reports.createNativeQuery(
                switch (breakdown) {
                    case MONTH -> "select to_char(r.month, 'YYYY-MM-DD'), to_char(r.month, 'YYYY-MM'), r.currency,"
                            + " count(distinct r.invoice_id), sum(r.net), sum(r.tax)"
                            + " from clinic.report_revenue_lines(?, ?) r group by r.month, r.currency order by r.month, r.currency";
                    case PRACTITIONER -> "select r.practitioner_id::text, p.display_name, r.currency,"
                            + " count(distinct r.invoice_id), sum(r.net), sum(r.tax)"
                            + " from clinic.report_revenue_lines(?, ?) r left join clinic.practitioner p on p.id = r.practitioner_id"
                            + " group by r.practitioner_id, p.display_name, r.currency order by p.display_name nulls last, r.currency";
                    case SERVICE -> "select r.service_id::text, s.name, r.currency,"
                            + " count(distinct r.invoice_id), sum(r.net), sum(r.tax)"
                            + " from clinic.report_revenue_lines(?, ?) r left join clinic.service s on s.id = r.service_id"
                            + " group by r.service_id, s.name, r.currency order by s.name nulls last, r.currency";
                });
        return rows(bind(query, period)).stream()
                .map(row -> new RevenueRow(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        whole(row[3]),
                        (BigDecimal) row[4],
                        (BigDecimal) row[5]))
                .toList();
    }

    private static Query bind(Query query, ReportPeriod period) {
        query.setParameter(1, period.from());
        query.setParameter(2, period.to());
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** Counts and minutes as whole numbers (minutes come as numeric; bookings are on whole minutes). */
    private static long whole(Object value) {
        return Math.round(((Number) value).doubleValue());
    }
}
