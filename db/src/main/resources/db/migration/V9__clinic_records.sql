-- Clinical records: an encounter per appointment, treatment notes written in it, and files
-- attached to it. Same checklist as every clinic table (db/README.md); references are
-- composite (tenant_id, id) foreign keys, so no row can point at another clinic's data.
--
-- A signed note is immutable, and not only because the application says so: the trigger
-- below refuses any UPDATE or DELETE of a signed row for every role (the owner included,
-- unless it drops the trigger), and the application role may update only a draft's content
-- and signing columns (column grants). Corrections are amendments: new rows, born signed,
-- pointing at the original, which stays as it was. The content hash the application
-- computes when a note is signed makes a change made behind the trigger's back visible.

create table clinic.encounter (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    appointment_id uuid not null,
    -- Copied from the appointment when the encounter is opened (checked by the trigger
    -- below), so the record stays with the patient whatever later happens to the booking.
    patient_id uuid not null,
    practitioner_id uuid not null,
    opened_by uuid not null,
    opened_at timestamptz not null,
    constraint encounter_tenant_id_key unique (tenant_id, id),
    -- One encounter per appointment.
    constraint encounter_tenant_appointment_key unique (tenant_id, appointment_id),
    foreign key (tenant_id, appointment_id) references clinic.appointment (tenant_id, id),
    foreign key (tenant_id, patient_id) references clinic.patient (tenant_id, id),
    foreign key (tenant_id, practitioner_id) references clinic.practitioner (tenant_id, id),
    foreign key (tenant_id, opened_by) references clinic.app_user (tenant_id, id)
);

-- A patient's encounters, newest first, keyset-paginated by (opened_at, id).
create index encounter_tenant_patient_opened_idx on clinic.encounter (tenant_id, patient_id, opened_at desc, id desc);

-- Clinical notes go on the right patient: the encounter names the appointment's patient.
create function clinic.encounter_before_insert() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from clinic.appointment a
                   where a.tenant_id = new.tenant_id and a.id = new.appointment_id
                     and a.patient_id = new.patient_id) then
        raise exception 'encounter % names another patient than its appointment %', new.id, new.appointment_id
            using errcode = '23514';
    end if;
    return new;
end
$$;
revoke all on function clinic.encounter_before_insert() from public;

create trigger encounter_before_insert
    before insert on clinic.encounter
    for each row execute function clinic.encounter_before_insert();

create table clinic.treatment_note (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    encounter_id uuid not null,
    -- Null for a note; for an amendment, the signed note it corrects.
    amends_id uuid,
    amendment_reason text,
    author_id uuid not null,
    -- The author's name when they wrote it: a signature names a person, not an account.
    author_name text not null,
    status text not null check (status in ('draft', 'signed')),
    chief_complaint text,
    findings text,
    diagnosis text,
    diagnosis_code text,
    procedures text,
    plan text,
    free_text text,
    signed_at timestamptz,
    signed_by uuid,
    -- SHA-256 (hex) of the signed content, computed by the application when signing.
    content_hash text check (content_hash ~ '^[0-9a-f]{64}$'),
    version bigint not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint treatment_note_tenant_id_key unique (tenant_id, id),
    check ((status = 'signed') = (signed_at is not null and signed_by is not null and content_hash is not null)),
    -- Only the author signs.
    check (signed_by is null or signed_by = author_id),
    check ((amends_id is null) = (amendment_reason is null)),
    -- Amendments are born signed.
    check (amends_id is null or status = 'signed'),
    check (diagnosis_code is null or diagnosis is not null),
    foreign key (tenant_id, encounter_id) references clinic.encounter (tenant_id, id),
    foreign key (tenant_id, amends_id) references clinic.treatment_note (tenant_id, id),
    foreign key (tenant_id, author_id) references clinic.app_user (tenant_id, id)
);

create index treatment_note_tenant_encounter_idx on clinic.treatment_note (tenant_id, encounter_id, created_at, id);
create index treatment_note_tenant_amends_idx on clinic.treatment_note (tenant_id, amends_id, created_at)
    where amends_id is not null;

create function clinic.treatment_note_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        -- An amendment corrects a signed note (not another amendment) of the same encounter.
        if new.amends_id is not null and not exists (
                select 1 from clinic.treatment_note o
                where o.tenant_id = new.tenant_id and o.id = new.amends_id and o.status = 'signed'
                  and o.amends_id is null and o.encounter_id = new.encounter_id) then
            raise exception 'an amendment must correct a signed note of its encounter' using errcode = '23514';
        end if;
        return new;
    end if;
    -- SQLSTATE CR001 = "signed clinical record": the application maps it to a 409 problem.
    if old.status = 'signed' then
        raise exception 'treatment note % is signed and cannot be changed', old.id using errcode = 'CR001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    if new.id <> old.id or new.tenant_id <> old.tenant_id or new.encounter_id <> old.encounter_id
            or new.amends_id is distinct from old.amends_id or new.author_id <> old.author_id
            or new.author_name <> old.author_name or new.created_at <> old.created_at then
        raise exception 'the identity, encounter and author of treatment note % cannot change', old.id
            using errcode = 'CR001';
    end if;
    return new;
end
$$;
revoke all on function clinic.treatment_note_guard() from public;

create trigger treatment_note_guard
    before insert or update or delete on clinic.treatment_note
    for each row execute function clinic.treatment_note_guard();

-- Files attached to an encounter: what they are here, their bytes in attachment_content, so
-- listing an encounter's files never reads megabytes.
create table clinic.encounter_attachment (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    encounter_id uuid not null,
    file_name text not null check (length(file_name) between 1 and 255),
    -- Decided from the file's first bytes, never from what the client said.
    content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes bigint not null check (size_bytes > 0),
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by uuid not null,
    uploaded_at timestamptz not null,
    constraint encounter_attachment_tenant_id_key unique (tenant_id, id),
    foreign key (tenant_id, encounter_id) references clinic.encounter (tenant_id, id),
    foreign key (tenant_id, uploaded_by) references clinic.app_user (tenant_id, id)
);

create index encounter_attachment_tenant_encounter_idx
    on clinic.encounter_attachment (tenant_id, encounter_id, uploaded_at, id);

create table clinic.attachment_content (
    -- The attachment's id: one content row per attachment.
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    content bytea not null,
    foreign key (tenant_id, id) references clinic.encounter_attachment (tenant_id, id)
);

-- PDF, JPEG and PNG are compressed already; TOAST compression would only burn CPU.
alter table clinic.attachment_content alter column content set storage external;

do $$
declare
    t text;
begin
    foreach t in array array['encounter', 'treatment_note', 'encounter_attachment', 'attachment_content'] loop
        execute format('alter table clinic.%I enable row level security', t);
        execute format('alter table clinic.%I force row level security', t);
        execute format($p$create policy tenant_isolation on clinic.%I
            using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
            with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
        execute format('revoke all on clinic.%I from public', t);
        -- Records are never deleted, and only a draft note's content ever changes.
        execute format('grant select, insert on clinic.%I to ${app_role}', t);
    end loop;
end
$$;

grant update (status, chief_complaint, findings, diagnosis, diagnosis_code, procedures, plan, free_text,
              signed_at, signed_by, content_hash, version, updated_at)
    on clinic.treatment_note to ${app_role};
