-- Branding that clinic admins change themselves (issue 4, capability 3): an accent colour, a
-- content hash of the logo (strong ETag, cache-busting URL), a version for optimistic locking, and
-- custom domains that become active only after a DNS TXT verification.
--
-- Until now the application role only read the platform tables. From here it writes a clinic's
-- branding and domains, so each write is limited to the transaction's bound clinic by row-level
-- security on these platform tables. Reads stay open to the application role: a request's host
-- is resolved to its clinic (subdomain, custom domain, settings) before any clinic is bound.
-- The policies compare the column `tenant` (platform tables never name it tenant_id, see
-- db/README.md) with the bound clinic, evaluated once per statement like the clinic tables'.

alter table platform.tenant_setting
    add column accent_colour text check (accent_colour ~ '^#[0-9a-fA-F]{6}$'),
    add column logo_sha256 text check (logo_sha256 ~ '^[0-9a-f]{64}$'),
    add column version bigint not null default 1 check (version > 0);

-- The hash is the database's own: whatever an INSERT or UPDATE says, it is recomputed from the
-- bytes, so the ETag and the logo URL can never name other bytes than those served.
create function platform.tenant_setting_logo_hash() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.logo_sha256 := case when new.logo is null then null else encode(sha256(new.logo), 'hex') end;
    return new;
end
$$;
revoke all on function platform.tenant_setting_logo_hash() from public;

create trigger tenant_setting_logo_hash
    before insert or update on platform.tenant_setting
    for each row execute function platform.tenant_setting_logo_hash();

update platform.tenant_setting set logo = logo where logo is not null;

alter table platform.tenant_setting
    add constraint tenant_setting_logo_complete check ((logo is null) = (logo_content_type is null));

alter table platform.tenant_setting enable row level security;
create policy tenant_setting_read on platform.tenant_setting for select to ${app_role} using (true);
create policy tenant_setting_own_branding on platform.tenant_setting for update to ${app_role}
    using (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy tenant_setting_platform on platform.tenant_setting for all to ${platform_role}
    using (true) with check (true);
-- Branding columns only: locale, time zone and currency stay the operator's (they shape
-- invoices and schedules), and the clinic key never moves.
grant update (display_name, primary_colour, accent_colour, logo_content_type, logo, updated_at, version)
    on platform.tenant_setting to ${app_role};

-- Active custom domains (the routing table) keep their shape: one row per domain, so a domain
-- another clinic holds is refused by the primary key. Rows written by the platform role (demo
-- seed, onboarding) are active at once; the application role adds a row only when a claim of
-- its bound clinic has just been verified, and removes only its own.
alter table platform.tenant_domain enable row level security;
create policy tenant_domain_read on platform.tenant_domain for select to ${app_role} using (true);
create policy tenant_domain_own_insert on platform.tenant_domain for insert to ${app_role}
    with check (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy tenant_domain_own_delete on platform.tenant_domain for delete to ${app_role}
    using (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy tenant_domain_platform on platform.tenant_domain for all to ${platform_role}
    using (true) with check (true);
grant insert, delete on platform.tenant_domain to ${app_role};

-- A clinic's pending claim of a domain and the token it must publish as a DNS TXT record at
-- _clinova-challenge.<domain>. Claims are private to their clinic (the token is a secret until
-- published), and several clinics may claim the same domain at once: only proving control of
-- its DNS makes one of them active, so nobody can block a domain by claiming it first.
create table platform.domain_claim (
    id uuid primary key,
    tenant uuid not null references platform.tenant (id) on delete cascade,
    domain text not null check (domain = lower(domain) and length(domain) <= 253),
    token text not null check (token ~ '^[A-Za-z0-9_-]{32,64}$'),
    created_at timestamptz not null default now(),
    checked_at timestamptz,
    failure text,
    unique (tenant, domain)
);

alter table platform.domain_claim enable row level security;
alter table platform.domain_claim force row level security;
create policy domain_claim_own on platform.domain_claim to ${app_role}
    using (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant = (select nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy domain_claim_platform on platform.domain_claim for all to ${platform_role}
    using (true) with check (true);

revoke all on platform.domain_claim from public;
grant select, insert, update (checked_at, failure), delete on platform.domain_claim to ${app_role};
grant select, insert, update, delete on platform.domain_claim to ${platform_role};
