-- Report queries of the read side. They are SQL functions rather than Java strings so that
-- (a) they are tested directly against crafted rows (db ReportFunctionsTest), and (b) a read
-- replica gets exactly the same definitions through replication: the application calls them
-- over its read-only data source, which can point at a replica without a code change.
--
-- Every function is SECURITY INVOKER (the default) and STABLE: it runs with the caller's
-- rights, so row-level security limits it to the clinic bound to the transaction, and it never
-- writes. Times are timestamptz; "days" are calendar days in each location's own time zone.

-- The time each practitioner is scheduled to work at each location over the local days
-- [first_day, end_day): weekly hours turned into instants in the location's zone (so a DST
-- change day is an hour shorter or longer), minus clinic holidays, closures of the location and
-- absences of the practitioner.
create function clinic.report_working_time(first_day date, end_day date)
    returns table (practitioner_id uuid, location_id uuid, working tstzmultirange)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with block as (
        select w.practitioner_id, w.location_id,
               tstzrange((day::date + w.start_time) at time zone l.time_zone,
                         (day::date + w.end_time) at time zone l.time_zone) as hours
        from clinic.working_hours w
        join clinic.location l on l.tenant_id = w.tenant_id and l.id = w.location_id
        cross join generate_series(first_day, end_day - 1, interval '1 day') as day
        where extract(isodow from day) = w.day_of_week
    ),
    scheduled as (
        select b.practitioner_id, b.location_id, range_agg(b.hours) as hours
        from block b
        group by b.practitioner_id, b.location_id
    )
    select s.practitioner_id, s.location_id,
           s.hours - coalesce((
               select range_agg(tstzrange(e.starts_at, e.ends_at))
               from clinic.schedule_exception e
               where tstzrange(e.starts_at, e.ends_at) && s.hours
                 and (e.kind = 'holiday'
                      or e.location_id = s.location_id
                      or e.practitioner_id = s.practitioner_id)),
               '{}'::tstzmultirange)
    from scheduled s
$$;

-- Length of a multirange in minutes.
create function clinic.report_minutes(ranges tstzmultirange) returns numeric
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
    return coalesce((select sum(extract(epoch from upper(r) - lower(r))) / 60 from unnest(ranges) as r), 0);

-- Appointments that occupy their time, starting on the local days [first_day, end_day) of
-- their location: booked, attended or missed by the patient. Holds, cancellations and expired
-- holds do not occupy anything.
create function clinic.report_occupied_time(first_day date, end_day date)
    returns table (practitioner_id uuid, location_id uuid, room_id uuid, hours tstzrange)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select a.practitioner_id, a.location_id, a.room_id, tstzrange(a.starts_at, a.ends_at)
    from clinic.appointment a
    join clinic.location l on l.tenant_id = a.tenant_id and l.id = a.location_id
    where a.status in ('booked', 'checked_in', 'completed', 'no_show')
      and a.starts_at >= (first_day - 1)::timestamptz     -- lets the index narrow the scan
      and a.starts_at < (end_day + 1)::timestamptz
      and (a.starts_at at time zone l.time_zone)::date >= first_day
      and (a.starts_at at time zone l.time_zone)::date < end_day
$$;

-- Per practitioner: minutes scheduled to work, minutes of that booked, and booked minutes
-- outside the schedule (extra hours, or bookings kept through an absence).
create function clinic.report_practitioner_utilisation(first_day date, end_day date)
    returns table (practitioner_id uuid, working_minutes numeric, booked_minutes numeric, outside_minutes numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with working as (
        select w.practitioner_id, range_agg(r) as hours
        from clinic.report_working_time(first_day, end_day) w, unnest(w.working) as r
        group by w.practitioner_id
    ),
    booked as (
        select o.practitioner_id, range_agg(o.hours) as hours
        from clinic.report_occupied_time(first_day, end_day) o
        group by o.practitioner_id
    )
    select p.id,
           clinic.report_minutes(coalesce(w.hours, '{}')),
           clinic.report_minutes(coalesce(w.hours * b.hours, '{}')),
           clinic.report_minutes(coalesce(b.hours - coalesce(w.hours, '{}'), '{}'))
    from clinic.practitioner p
    left join working w on w.practitioner_id = p.id
    left join booked b on b.practitioner_id = p.id
    where w.practitioner_id is not null or b.practitioner_id is not null
$$;

-- Per room: the minutes its location is open (anyone scheduled to work there), minutes of that
-- the room is booked, and booked minutes outside opening time.
create function clinic.report_room_utilisation(first_day date, end_day date)
    returns table (room_id uuid, open_minutes numeric, booked_minutes numeric, outside_minutes numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with opening as (
        select w.location_id, range_agg(r) as hours
        from clinic.report_working_time(first_day, end_day) w, unnest(w.working) as r
        group by w.location_id
    ),
    booked as (
        select o.room_id, range_agg(o.hours) as hours
        from clinic.report_occupied_time(first_day, end_day) o
        where o.room_id is not null
        group by o.room_id
    )
    select r.id,
           clinic.report_minutes(coalesce(op.hours, '{}')),
           clinic.report_minutes(coalesce(op.hours * b.hours, '{}')),
           clinic.report_minutes(coalesce(b.hours - coalesce(op.hours, '{}'), '{}'))
    from clinic.room r
    left join opening op on op.location_id = r.location_id
    left join booked b on b.room_id = r.id
$$;

-- Per practitioner, of the appointments due on the local days [first_day, end_day) (the patient
-- was expected: checked in, completed or no-show), how many the patient missed.
create function clinic.report_no_shows(first_day date, end_day date)
    returns table (practitioner_id uuid, due bigint, no_shows bigint)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select a.practitioner_id,
           count(*),
           count(*) filter (where a.status = 'no_show')
    from clinic.appointment a
    join clinic.location l on l.tenant_id = a.tenant_id and l.id = a.location_id
    where a.status in ('checked_in', 'completed', 'no_show')
      and a.starts_at >= (first_day - 1)::timestamptz
      and a.starts_at < (end_day + 1)::timestamptz
      and (a.starts_at at time zone l.time_zone)::date >= first_day
      and (a.starts_at at time zone l.time_zone)::date < end_day
    group by a.practitioner_id
$$;

-- One practitioner's appointments on one local day of their locations, in time order, with
-- what the day list shows. Cancelled appointments and expired holds are left out.
create function clinic.report_day_list(practitioner uuid, day date)
    returns table (appointment_id uuid, starts_at timestamptz, ends_at timestamptz, status text,
                   patient_id uuid, patient_name text, service_name text, location_name text, room_name text)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select a.id, a.starts_at, a.ends_at, a.status,
           p.id, p.given_name || ' ' || p.family_name, s.name, l.name, r.name
    from clinic.appointment a
    join clinic.location l on l.tenant_id = a.tenant_id and l.id = a.location_id
    join clinic.patient p on p.tenant_id = a.tenant_id and p.id = a.patient_id
    join clinic.service s on s.tenant_id = a.tenant_id and s.id = a.service_id
    left join clinic.room r on r.tenant_id = a.tenant_id and r.id = a.room_id
    where a.practitioner_id = practitioner
      and a.status not in ('cancelled', 'expired')
      -- the shape of the no-overlap constraint's index, so the scan uses it
      and tstzrange(a.starts_at, a.ends_at) && tstzrange((day - 1)::timestamptz, (day + 2)::timestamptz)
      and (a.starts_at at time zone l.time_zone)::date = day
    order by a.starts_at, a.id
$$;

revoke all on function clinic.report_working_time(date, date), clinic.report_minutes(tstzmultirange),
    clinic.report_occupied_time(date, date), clinic.report_practitioner_utilisation(date, date),
    clinic.report_room_utilisation(date, date), clinic.report_no_shows(date, date),
    clinic.report_day_list(uuid, date) from public;
grant execute on function clinic.report_working_time(date, date), clinic.report_minutes(tstzmultirange),
    clinic.report_occupied_time(date, date), clinic.report_practitioner_utilisation(date, date),
    clinic.report_room_utilisation(date, date), clinic.report_no_shows(date, date),
    clinic.report_day_list(uuid, date) to ${app_role};

-- Revenue lines of issued invoices (void and draft ones are not revenue), with the month of issue
-- in the clinic's time zone, the practitioner of the billed appointment (null for a line not from
-- an appointment) and the service of the line. Net of discounts, before tax; tax apart. Callers
-- group them by month, practitioner or service and count distinct invoices.
create function clinic.report_revenue_lines(first_day date, end_day date)
    returns table (invoice_id uuid, month date, practitioner_id uuid, service_id uuid, currency text,
                   net numeric, tax numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with clinic_zone as (
        select s.time_zone as zone from platform.tenant_setting s
        where s.tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid)
    )
    select i.id, date_trunc('month', i.issued_at at time zone z.zone)::date,
           a.practitioner_id, l.service_id, i.currency::text, l.net_amount, l.tax_amount
    from clinic.invoice i
    cross join clinic_zone z
    join clinic.invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
    left join clinic.appointment a on a.tenant_id = l.tenant_id and a.id = l.appointment_id
    where i.status = 'issued'
      and (i.issued_at at time zone z.zone)::date >= first_day
      and (i.issued_at at time zone z.zone)::date < end_day
$$;

revoke all on function clinic.report_revenue_lines(date, date) from public;
grant execute on function clinic.report_revenue_lines(date, date) to ${app_role};
