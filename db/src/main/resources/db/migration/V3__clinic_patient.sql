-- Patients of a clinic (same checklist as clinic.app_user).

create table clinic.patient (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    given_name text not null,
    family_name text not null,
    -- Filled by the trigger below, never by the application. Collation "C" lets a btree
    -- index serve `like 'prefix%'` and makes keyset pagination by (search_name, id) stable.
    search_name text collate "C" not null,
    date_of_birth date,
    sex text check (sex in ('female', 'male', 'other', 'unknown')),
    phone text,
    phone_digits text generated always as (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) stored,
    email text,
    national_id text,
    address text,
    notes text,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index patient_tenant_search_idx on clinic.patient (tenant_id, search_name, id);
create index patient_tenant_phone_idx on clinic.patient (tenant_id, phone_digits);
create index patient_tenant_birth_idx on clinic.patient (tenant_id, date_of_birth);
create unique index patient_tenant_national_id_key on clinic.patient (tenant_id, national_id)
    where national_id is not null;

create function clinic.patient_before_write() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    new.search_name := platform.search_key(new.family_name || ' ' || new.given_name);
    if tg_op = 'UPDATE' then
        new.updated_at := now();
    end if;
    return new;
end
$$;
revoke all on function clinic.patient_before_write() from public;

create trigger patient_before_write
    before insert or update on clinic.patient
    for each row execute function clinic.patient_before_write();

alter table clinic.patient enable row level security;
alter table clinic.patient force row level security;

create policy tenant_isolation on clinic.patient
    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));

revoke all on clinic.patient from public;
grant select, insert, update, delete on clinic.patient to ${app_role};
grant select, insert on clinic.patient to ${platform_role};
