-- Staff accounts of a clinic. Every clinic table follows the checklist in db/README.md:
-- tenant_id, ENABLE + FORCE row level security, the tenant_isolation policy, unique keys
-- leading with tenant_id, explicit grants. RlsCatalogTest fails the build otherwise.

create table clinic.app_user (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    username text not null check (username = lower(username) and length(username) between 1 and 64),
    display_name text not null,
    password_hash text not null,
    roles text[] not null check (
        roles <@ array['clinic-admin', 'practitioner', 'front-desk', 'billing']::text[]
        and cardinality(roles) > 0),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    constraint app_user_tenant_username_key unique (tenant_id, username)
);

alter table clinic.app_user enable row level security;
alter table clinic.app_user force row level security;

-- The sub-select is an InitPlan: the setting is read once per statement, not per row.
-- nullif turns an unset or empty setting into NULL, and tenant_id = NULL matches no row.
create policy tenant_isolation on clinic.app_user
    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));

revoke all on clinic.app_user from public;
grant select on clinic.app_user to ${app_role};
grant select, insert on clinic.app_user to ${platform_role};
