-- Appointments. No double booking is a property of the table, not of a check in Java: three
-- exclusion constraints reject any two live appointments whose times overlap for the same
-- practitioner, the same room or the same patient, so concurrent bookings on any number of
-- nodes cannot race past each other. "Live" = held, booked, checked in or completed; a
-- cancelled appointment, an expired hold or a no-show frees the time.
--
-- A hold past hold_expires_at still blocks until something marks it 'expired' (an exclusion
-- constraint cannot look at now()); the booking use case expires overlapping stale holds in
-- the same transaction before it inserts, and a timer sweeps the rest.

alter table clinic.patient add constraint patient_tenant_id_key unique (tenant_id, id);

create table clinic.appointment (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    patient_id uuid not null,
    practitioner_id uuid not null,
    location_id uuid not null,
    room_id uuid,
    service_id uuid not null,
    -- [starts_at, ends_at): one appointment may end exactly when the next begins.
    starts_at timestamptz not null,
    ends_at timestamptz not null check (starts_at < ends_at),
    status text not null check (status in (
        'held', 'booked', 'checked_in', 'completed', 'no_show', 'cancelled', 'expired')),
    hold_expires_at timestamptz,
    cancel_reason text,
    notes text,
    booked_by uuid,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((status = 'held') = (hold_expires_at is not null)),
    check (status <> 'cancelled' or cancel_reason is not null),
    constraint appointment_tenant_id_key unique (tenant_id, id),
    foreign key (tenant_id, patient_id) references clinic.patient (tenant_id, id),
    foreign key (tenant_id, practitioner_id) references clinic.practitioner (tenant_id, id),
    foreign key (tenant_id, location_id) references clinic.location (tenant_id, id),
    foreign key (tenant_id, room_id) references clinic.room (tenant_id, id),
    foreign key (tenant_id, service_id) references clinic.service (tenant_id, id),
    constraint appointment_practitioner_no_overlap exclude using gist (
        tenant_id with =, practitioner_id with =, tstzrange(starts_at, ends_at) with &&)
        where (status in ('held', 'booked', 'checked_in', 'completed')),
    constraint appointment_room_no_overlap exclude using gist (
        tenant_id with =, room_id with =, tstzrange(starts_at, ends_at) with &&)
        where (status in ('held', 'booked', 'checked_in', 'completed') and room_id is not null),
    constraint appointment_patient_no_overlap exclude using gist (
        tenant_id with =, patient_id with =, tstzrange(starts_at, ends_at) with &&)
        where (status in ('held', 'booked', 'checked_in', 'completed'))
);

-- Calendars by practitioner, location and patient read a time range in start order.
create index appointment_tenant_practitioner_starts_idx on clinic.appointment (tenant_id, practitioner_id, starts_at);
create index appointment_tenant_location_starts_idx on clinic.appointment (tenant_id, location_id, starts_at);
create index appointment_tenant_patient_starts_idx on clinic.appointment (tenant_id, patient_id, starts_at);
create index appointment_held_expiry_idx on clinic.appointment (hold_expires_at) where status = 'held';

alter table clinic.appointment enable row level security;
alter table clinic.appointment force row level security;

create policy tenant_isolation on clinic.appointment
    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));

revoke all on clinic.appointment from public;
-- No delete: an appointment is cancelled, never erased (records and invoices point at it).
grant select, insert, update on clinic.appointment to ${app_role};
grant select, insert on clinic.appointment to ${platform_role};
