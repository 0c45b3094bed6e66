-- Platform-wide tables: not row-level secured. They point at a tenant through a column named
-- `tenant`; the name `tenant_id` is reserved for RLS-scoped clinic data (see db/README.md).
-- Flyway has already created schemas platform and clinic as the owner (schemas=platform,clinic).

revoke all on schema platform from public;
revoke all on schema clinic from public;
grant usage on schema platform to ${app_role}, ${platform_role};
grant usage on schema clinic to ${app_role}, ${platform_role};

-- Readiness checks compare the applied schema version with the one the EAR expects.
grant select on ${flyway:defaultSchema}.${flyway:table} to ${app_role};

-- Both are trusted extensions (PostgreSQL 13+), so the database owner may create them.
-- Everything that uses them names them schema-qualified: search_path is never relied on.
create extension if not exists unaccent with schema platform;
create extension if not exists btree_gist with schema platform;

-- One normalisation for both sides of a name search: the trigger that fills
-- clinic.patient.search_name and the application's query parameter. Declared immutable (the
-- unaccent dictionary is fixed here) so the planner folds search_key('literal') into a
-- constant and can use the (tenant_id, search_name) index for `like ... || '%'`. The
-- dictionary is named with its schema, so no caller's search_path can change the result.
create function platform.search_key(value text) returns text
    language sql immutable parallel safe strict
    return btrim(regexp_replace(lower(platform.unaccent('platform.unaccent'::regdictionary, value)), '\s+', ' ', 'g'));

revoke all on function platform.search_key(text) from public;
grant execute on function platform.search_key(text) to ${app_role}, ${platform_role};

create table platform.tenant (
    id uuid primary key,
    slug text not null unique
        check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    status text not null default 'active' check (status in ('active', 'suspended')),
    created_at timestamptz not null default now()
);

-- Custom domains; the host name is the lookup key when a request arrives.
create table platform.tenant_domain (
    domain text primary key check (domain = lower(domain)),
    tenant uuid not null references platform.tenant (id) on delete cascade,
    created_at timestamptz not null default now()
);
create index tenant_domain_tenant_idx on platform.tenant_domain (tenant);

create table platform.tenant_setting (
    tenant uuid primary key references platform.tenant (id) on delete cascade,
    display_name text not null,
    locale text not null default 'en' check (locale in ('es', 'en', 'pt')),
    time_zone text not null default 'UTC',
    currency char(3) not null default 'EUR',
    primary_colour text not null default '#0f766e' check (primary_colour ~ '^#[0-9a-fA-F]{6}$'),
    logo_content_type text,
    logo bytea,
    updated_at timestamptz not null default now()
);

revoke all on platform.tenant, platform.tenant_domain, platform.tenant_setting from public;
grant select on platform.tenant, platform.tenant_domain, platform.tenant_setting to ${app_role};
grant select, insert, update on platform.tenant, platform.tenant_domain, platform.tenant_setting
    to ${platform_role};
