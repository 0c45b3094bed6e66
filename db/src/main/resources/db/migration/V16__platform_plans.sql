-- Plans, quotas and feature flags (issue 4, capability 2). Platform-wide tables: a clinic is
-- referred to by a column named `tenant`, never `tenant_id` (see db/README.md).
--
-- What a clinic may do = its plan's features and quotas, replaced per item by the clinic's own
-- overrides (an operator's decision, with who, when and why). The application reads these rows on
-- every request that asks (primary-key lookups); only the platform role writes them.

-- The vocabularies. Codes are what the application and clients see; a row here is what lets a
-- plan or an override name it (foreign keys), so a typo cannot switch on a feature nobody checks.
create table platform.feature (
    code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
    description text not null
);

create table platform.quota (
    code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
    unit text not null check (unit in ('count', 'per-minute', 'bytes', 'per-month')),
    description text not null
);

insert into platform.feature (code, description) values
    ('advanced-reports', 'Utilisation, no-show and revenue reports (the day list is always on)'),
    ('record-attachments', 'Files (PDF, JPEG, PNG) attached to clinical encounters'),
    ('online-booking', 'Patients book their own appointments online'),
    ('sms-reminders', 'Appointment reminders by SMS'),
    ('fhir-api', 'The FHIR R4 API at /fhir'),
    ('custom-domains', 'The portal at the clinic''s own domain name');

insert into platform.quota (code, unit, description) values
    ('practitioners', 'count', 'Active practitioners'),
    ('active-patients', 'count', 'Registered patients'),
    ('api-requests-per-minute', 'per-minute', 'Requests to /api/v1 per minute'),
    ('storage-bytes', 'bytes', 'Stored files (attachments, logos)'),
    ('messages-per-month', 'per-month', 'Emails and SMS sent per calendar month');

create table platform.plan (
    code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
    name text not null check (length(name) between 1 and 80),
    sort_order int not null unique,
    created_at timestamptz not null default now()
);

create table platform.plan_feature (
    plan text not null references platform.plan (code) on delete cascade,
    feature text not null references platform.feature (code),
    primary key (plan, feature)
);

-- Every plan has one row per quota; max_value null means unlimited.
create table platform.plan_quota (
    plan text not null references platform.plan (code) on delete cascade,
    quota text not null references platform.quota (code),
    max_value bigint check (max_value >= 0),
    primary key (plan, quota)
);

insert into platform.plan (code, name, sort_order) values
    ('starter', 'Starter', 10),
    ('clinic', 'Clinic', 20),
    ('enterprise', 'Enterprise', 30);

insert into platform.plan_feature (plan, feature) values
    ('starter', 'online-booking'),
    ('clinic', 'online-booking'),
    ('clinic', 'sms-reminders'),
    ('clinic', 'record-attachments'),
    ('clinic', 'advanced-reports'),
    ('enterprise', 'online-booking'),
    ('enterprise', 'sms-reminders'),
    ('enterprise', 'record-attachments'),
    ('enterprise', 'advanced-reports'),
    ('enterprise', 'fhir-api'),
    ('enterprise', 'custom-domains');

insert into platform.plan_quota (plan, quota, max_value) values
    ('starter', 'practitioners', 2),
    ('starter', 'active-patients', 500),
    ('starter', 'api-requests-per-minute', 60),
    ('starter', 'storage-bytes', 1073741824),
    ('starter', 'messages-per-month', 200),
    ('clinic', 'practitioners', 15),
    ('clinic', 'active-patients', 10000),
    ('clinic', 'api-requests-per-minute', 600),
    ('clinic', 'storage-bytes', 53687091200),
    ('clinic', 'messages-per-month', 5000),
    ('enterprise', 'practitioners', null),
    ('enterprise', 'active-patients', null),
    ('enterprise', 'api-requests-per-minute', 6000),
    ('enterprise', 'storage-bytes', null),
    ('enterprise', 'messages-per-month', null);

-- The clinic's plan. The console's migration may have added the column already (same name, same
-- default); then only the foreign key is new. Clinics that exist when plans are introduced had
-- every feature without limits, so they keep them: enterprise. New clinics start on starter.
do $$
begin
    if not exists (select 1 from information_schema.columns
                   where table_schema = 'platform' and table_name = 'tenant' and column_name = 'plan_code') then
        alter table platform.tenant add column plan_code text not null default 'starter';
        update platform.tenant set plan_code = 'enterprise';
    end if;
end
$$;

alter table platform.tenant
    add constraint tenant_plan_fkey foreign key (plan_code) references platform.plan (code);
create index tenant_plan_idx on platform.tenant (plan_code);

-- Per-clinic exceptions to the plan, one per feature or quota.
create table platform.tenant_feature_override (
    tenant uuid not null references platform.tenant (id) on delete cascade,
    feature text not null references platform.feature (code),
    enabled boolean not null,
    reason text not null check (length(btrim(reason)) between 1 and 500),
    set_by text not null check (length(set_by) between 1 and 200),
    set_at timestamptz not null default now(),
    primary key (tenant, feature)
);

-- max_value null means unlimited for this clinic, whatever its plan says.
create table platform.tenant_quota_override (
    tenant uuid not null references platform.tenant (id) on delete cascade,
    quota text not null references platform.quota (code),
    max_value bigint check (max_value >= 0),
    reason text not null check (length(btrim(reason)) between 1 and 500),
    set_by text not null check (length(set_by) between 1 and 200),
    set_at timestamptz not null default now(),
    primary key (tenant, quota)
);

revoke all on platform.feature, platform.quota, platform.plan, platform.plan_feature, platform.plan_quota,
    platform.tenant_feature_override, platform.tenant_quota_override from public;

-- The application only reads what a clinic may do.
grant select on platform.feature, platform.quota, platform.plan, platform.plan_feature, platform.plan_quota,
    platform.tenant_feature_override, platform.tenant_quota_override to ${app_role};

-- Operators (the console, platform jobs) manage plans and overrides; the vocabularies change only
-- with the code that checks them, i.e. by migration.
grant select on platform.feature, platform.quota to ${platform_role};
grant select, insert, update on platform.plan to ${platform_role};
grant select, insert, update, delete on platform.plan_feature, platform.plan_quota,
    platform.tenant_feature_override, platform.tenant_quota_override to ${platform_role};
