-- The practice of a clinic: where it works (locations, rooms), who works (practitioners,
-- linked to staff accounts), what it offers (services) and when (weekly working hours and
-- exceptions). Same checklist as every clinic table (db/README.md). References between
-- clinic tables are composite (tenant_id, id) foreign keys, so even the owner role cannot
-- point a row at another clinic's location, practitioner or service.

-- A time-of-day range, for working hours: [09:00, 13:00).
create type platform.time_range as range (subtype = time);
grant usage on type platform.time_range to ${app_role}, ${platform_role};

alter table clinic.app_user add constraint app_user_tenant_id_key unique (tenant_id, id);

create table clinic.location (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    name text not null check (length(name) between 1 and 120),
    address text,
    phone text,
    -- IANA zone; working hours are wall-clock times in this zone.
    time_zone text not null,
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint location_tenant_id_key unique (tenant_id, id),
    constraint location_tenant_name_key unique (tenant_id, name)
);

create table clinic.room (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    location_id uuid not null,
    name text not null check (length(name) between 1 and 120),
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint room_tenant_id_key unique (tenant_id, id),
    constraint room_tenant_location_name_key unique (tenant_id, location_id, name),
    foreign key (tenant_id, location_id) references clinic.location (tenant_id, id)
);

create table clinic.practitioner (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    -- The staff account this practitioner signs in with (optional: a visiting hygienist
    -- may be bookable without an account).
    user_id uuid,
    display_name text not null check (length(display_name) between 1 and 120),
    specialty text,
    colour text check (colour ~ '^#[0-9a-fA-F]{6}$'),
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint practitioner_tenant_id_key unique (tenant_id, id),
    constraint practitioner_tenant_user_key unique (tenant_id, user_id),
    foreign key (tenant_id, user_id) references clinic.app_user (tenant_id, id)
);

create table clinic.service (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    name text not null check (length(name) between 1 and 120),
    description text,
    duration_minutes integer not null check (duration_minutes between 5 and 480),
    price numeric(12, 2) not null check (price >= 0),
    -- Copied from the clinic's settings when the service is created; invoices use it.
    currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
    active boolean not null default true,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint service_tenant_id_key unique (tenant_id, id),
    constraint service_tenant_name_key unique (tenant_id, name)
);

-- Which practitioners may perform a service.
create table clinic.service_practitioner (
    tenant_id uuid not null references platform.tenant (id),
    service_id uuid not null,
    practitioner_id uuid not null,
    primary key (tenant_id, service_id, practitioner_id),
    foreign key (tenant_id, service_id) references clinic.service (tenant_id, id) on delete cascade,
    foreign key (tenant_id, practitioner_id) references clinic.practitioner (tenant_id, id) on delete cascade
);

-- Which rooms a service can take place in. A service without rows here needs no room.
create table clinic.service_room (
    tenant_id uuid not null references platform.tenant (id),
    service_id uuid not null,
    room_id uuid not null,
    primary key (tenant_id, service_id, room_id),
    foreign key (tenant_id, service_id) references clinic.service (tenant_id, id) on delete cascade,
    foreign key (tenant_id, room_id) references clinic.room (tenant_id, id) on delete cascade
);

-- Weekly working hours: on ISO day_of_week (1 = Monday) the practitioner works at the
-- location from start_time until end_time (wall-clock, in the location's zone). A practitioner cannot be in
-- two places at once, so blocks of one practitioner on one day never overlap, whatever
-- the location.
create table clinic.working_hours (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    practitioner_id uuid not null,
    location_id uuid not null,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    start_time time not null,
    end_time time not null check (start_time < end_time),
    created_at timestamptz not null default now(),
    foreign key (tenant_id, practitioner_id) references clinic.practitioner (tenant_id, id) on delete cascade,
    foreign key (tenant_id, location_id) references clinic.location (tenant_id, id),
    constraint working_hours_no_overlap exclude using gist (
        tenant_id with =, practitioner_id with =, day_of_week with =, platform.time_range(start_time, end_time) with &&)
);

-- Days or hours nobody can be booked: a clinic holiday (no practitioner, no location), a
-- location closure (location only) or a practitioner's absence (practitioner only).
create table clinic.schedule_exception (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    practitioner_id uuid,
    location_id uuid,
    kind text not null check (kind in ('holiday', 'closure', 'absence')),
    starts_at timestamptz not null,
    ends_at timestamptz not null check (starts_at < ends_at),
    reason text,
    created_at timestamptz not null default now(),
    check ((kind = 'holiday' and practitioner_id is null and location_id is null)
        or (kind = 'closure' and practitioner_id is null and location_id is not null)
        or (kind = 'absence' and practitioner_id is not null and location_id is null)),
    foreign key (tenant_id, practitioner_id) references clinic.practitioner (tenant_id, id) on delete cascade,
    foreign key (tenant_id, location_id) references clinic.location (tenant_id, id) on delete cascade
);

create index room_tenant_location_idx on clinic.room (tenant_id, location_id);
create index service_practitioner_practitioner_idx on clinic.service_practitioner (tenant_id, practitioner_id);
create index service_room_room_idx on clinic.service_room (tenant_id, room_id);
create index working_hours_tenant_location_idx on clinic.working_hours (tenant_id, location_id, day_of_week);
create index schedule_exception_tenant_ends_idx on clinic.schedule_exception (tenant_id, ends_at, starts_at);

do $$
declare
    t text;
begin
    foreach t in array array['location', 'room', 'practitioner', 'service', 'service_practitioner',
                             'service_room', 'working_hours', 'schedule_exception'] loop
        execute format('alter table clinic.%I enable row level security', t);
        execute format('alter table clinic.%I force row level security', t);
        execute format($p$create policy tenant_isolation on clinic.%I
            using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
            with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
        execute format('revoke all on clinic.%I from public', t);
        execute format('grant select, insert, update, delete on clinic.%I to ${app_role}', t);
        execute format('grant select, insert on clinic.%I to ${platform_role}', t);
    end loop;
end
$$;
