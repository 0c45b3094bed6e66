-- The SaaS console (issue 4): the operator realm, onboarding and the platform audit trail.
-- Platform-wide tables, so no row-level security; they refer to a tenant with a column named
-- `tenant` (db/README.md, "Schema convention").

-- The plan a clinic subscribes to. The plan catalog (and its foreign key) arrives with the plans
-- work, which adds the column with `add column if not exists` as well: either order works.
alter table platform.tenant add column if not exists plan_code text not null default 'starter';
-- ISO 3166-1 alpha-2, given at sign-up (null for clinics created before the console).
alter table platform.tenant add column if not exists country text check (country ~ '^[A-Z]{2}$');

-- Host names the platform itself answers on can never be a clinic's subdomain. The application
-- checks the same list (com.clinova.tenancy.domain.Slug) and says why; this is the last line.
alter table platform.tenant add constraint tenant_slug_not_reserved check (slug not in (
    'admin', 'api', 'app', 'assets', 'auth', 'billing', 'cdn', 'clinova', 'console', 'dashboard', 'docs',
    'help', 'login', 'mail', 'metrics', 'operator', 'openapi', 'portal', 'root', 'static', 'status',
    'support', 'www'));

-- SaaS operators: the platform realm. Not a clinic's staff, never bound to a clinic.
create table platform.operator_account (
    id uuid primary key,
    username text not null unique check (username = lower(username) and length(username) between 1 and 64),
    display_name text not null check (length(display_name) between 1 and 120),
    -- Jakarta Security PBKDF2 format, like clinic.app_user.password_hash.
    password_hash text not null,
    active boolean not null default true,
    created_at timestamptz not null default now()
);

-- Onboarding is idempotent: a retried request with the same key finds the clinic it created
-- instead of creating a second one. The fingerprint (SHA-256 of the request without the
-- password) tells a retry from a different request that reuses a key.
create table platform.onboarding_request (
    idempotency_key text primary key check (idempotency_key ~ '^[A-Za-z0-9._:-]{8,100}$'),
    fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    tenant uuid not null unique references platform.tenant (id) on delete cascade,
    requested_by text not null check (length(requested_by) between 1 and 200),
    admin_username text not null,
    sample_data boolean not null,
    created_at timestamptz not null default now()
);

-- The platform audit trail: one row per operator (or console) action. Append-only: the runtime
-- roles may insert and read, never update or delete; a trigger refuses UPDATE, DELETE and
-- TRUNCATE for every role, the owner included (it would have to drop the trigger, a DDL change
-- that a migration review sees). The time is the database's, whatever the INSERT says.
create table platform.audit_event (
    id uuid primary key,
    occurred_at timestamptz not null,
    actor_kind text not null check (actor_kind in ('operator', 'clinic-admin', 'self-service')),
    actor text not null check (length(actor) between 1 and 200),
    action text not null check (action ~ '^[a-z][a-z.-]{0,63}$'),
    -- The clinic acted on, if any. No foreign key: the trail outlives an offboarded clinic.
    tenant uuid,
    client_address inet,
    request_id text check (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    detail jsonb not null default '{}'::jsonb check (jsonb_typeof(detail) = 'object')
);
create index audit_event_occurred_idx on platform.audit_event (occurred_at desc, id);
create index audit_event_tenant_idx on platform.audit_event (tenant, occurred_at desc);

create function platform.audit_event_stamp() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.occurred_at := clock_timestamp();
    return new;
end
$$;

create function platform.audit_event_refuse_change() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    raise exception 'platform.audit_event is append-only' using errcode = 'CR002';
end
$$;

create trigger audit_event_stamp before insert on platform.audit_event
    for each row execute function platform.audit_event_stamp();
create trigger audit_event_append_only before update or delete on platform.audit_event
    for each row execute function platform.audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on platform.audit_event
    for each statement execute function platform.audit_event_refuse_change();

revoke all on function platform.audit_event_stamp(), platform.audit_event_refuse_change() from public;

revoke all on platform.operator_account, platform.onboarding_request, platform.audit_event from public;
-- The console signs operators in and records their actions as whichever role serves the request;
-- onboarding (platform role) writes the clinic, its idempotency record and its audit row at once.
grant select on platform.operator_account to ${app_role}, ${platform_role};
grant insert on platform.operator_account to ${platform_role};
grant select, insert on platform.onboarding_request to ${platform_role};
grant select, insert on platform.audit_event to ${app_role}, ${platform_role};
