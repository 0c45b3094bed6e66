-- The audit trail: one row per access to patient data (who, with which roles, what, which
-- patients, when, from where, in which request). Design (db/README.md, "The audit trail"):
--
-- * Append-only by grants: the application role may INSERT and SELECT audit rows, never UPDATE,
--   DELETE or TRUNCATE them. The owner still can; the hash chain makes that detectable.
-- * Hash-chained per clinic: every row carries a gapless per-clinic sequence number, the hash
--   of the clinic's previous row, and hash = SHA-256(previous hash || canonical row content).
-- * The chain is extended by a BEFORE INSERT trigger, so no caller can choose a row's sequence
--   number, time or hashes: it locks the clinic's chain head (clinic.audit_chain), numbers and
--   seals the row and moves the head. The head's row lock is the per-clinic serialization
--   point; it is held until the transaction ends, which is why the application inserts the
--   audit row as the LAST statement of the transaction that accessed the data.
-- * Same transaction as the access: the access and its audit row commit or roll back together.

create table clinic.audit_chain (
    tenant_id uuid primary key references platform.tenant (id),
    last_seq bigint not null check (last_seq >= 0),
    last_hash bytea not null check (length(last_hash) = 32)
);

create table clinic.audit_event (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    -- Filled by the trigger, whatever the INSERT says.
    seq bigint not null check (seq > 0),
    occurred_at timestamptz not null,
    -- The staff account of actor_username at the time of the access (null for a caller that
    -- is not a staff account of the clinic, such as a background job).
    actor_id uuid,
    actor_username text not null check (length(actor_username) between 1 and 200),
    actor_roles text[] not null check (
        actor_roles <@ array['clinic-admin', 'practitioner', 'front-desk', 'billing']::text[]),
    action text not null check (action in ('create', 'read', 'update', 'delete', 'search', 'export')),
    object_type text not null check (object_type ~ '^[a-z][a-z_]{0,39}$'),
    -- Null for an access that is not to one object (a search).
    object_id uuid,
    -- Every patient whose data the access touched or returned; a search lists every patient
    -- it returned, so "who accessed patient X" finds searches too.
    patient_ids uuid[] not null check (array_position(patient_ids, null) is null),
    client_address inet,
    request_id text check (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    prev_hash bytea not null check (length(prev_hash) = 32),
    hash bytea not null check (length(hash) = 32),
    constraint audit_event_tenant_seq_key unique (tenant_id, seq)
);

create index audit_event_tenant_actor_idx on clinic.audit_event (tenant_id, actor_username, seq);
create index audit_event_tenant_occurred_idx on clinic.audit_event (tenant_id, occurred_at);
-- Patient ids are random UUIDs, unique across clinics: the index finds one patient's rows and
-- row-level security keeps them to the bound clinic.
create index audit_event_patients_idx on clinic.audit_event using gin (patient_ids);

-- The hash of the first row's "previous row".
create function clinic.audit_genesis() returns bytea
    language sql immutable parallel safe
    return '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;

-- One field of the canonical form: length-prefixed, so no content can imitate a field border;
-- '-' for null, which no length-prefixed value equals.
create function clinic.audit_field(value text) returns text
    language sql immutable parallel safe
    return case when value is null then '-' else length(value) || ':' || value end;

-- The seal of a row: SHA-256 over the previous hash and the canonical row content. Times are
-- written in UTC with microseconds, so the session's time zone cannot change the result.
create function clinic.audit_event_digest(e clinic.audit_event) returns bytea
    language sql stable parallel safe
    set search_path = pg_catalog, pg_temp
    return sha256(e.prev_hash || convert_to(
        clinic.audit_field(e.id::text)
        || clinic.audit_field(e.tenant_id::text)
        || clinic.audit_field(e.seq::text)
        || clinic.audit_field(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || clinic.audit_field(e.actor_id::text)
        || clinic.audit_field(e.actor_username)
        || clinic.audit_field(array_to_string(e.actor_roles, ','))
        || clinic.audit_field(e.action)
        || clinic.audit_field(e.object_type)
        || clinic.audit_field(e.object_id::text)
        || clinic.audit_field(array_to_string(e.patient_ids, ','))
        || clinic.audit_field(e.client_address::text)
        || clinic.audit_field(e.request_id),
        'UTF8'));

-- Numbers and seals a new row. SECURITY DEFINER (runs as the owner, still under FORCE RLS) so the
-- application role needs no right on the chain head at all: it cannot move or reset it.
create function clinic.audit_event_before_insert() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    clinic_id uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
    head clinic.audit_chain;
begin
    if clinic_id is null or new.tenant_id is distinct from clinic_id then
        raise exception 'an audit row can only be written for the clinic bound to the transaction'
            using errcode = '42501';
    end if;
    -- Before the lock: nothing here needs the chain.
    new.actor_id := (select u.id from clinic.app_user u
                     where u.tenant_id = clinic_id and u.username = new.actor_username);
    new.actor_roles := array(select distinct r from unnest(new.actor_roles) r order by r);
    -- The clinic's serialization point, held until commit or rollback.
    select * into head from clinic.audit_chain where tenant_id = clinic_id for update;
    if not found then
        insert into clinic.audit_chain (tenant_id, last_seq, last_hash)
            values (clinic_id, 0, clinic.audit_genesis())
            on conflict (tenant_id) do nothing;
        select * into head from clinic.audit_chain where tenant_id = clinic_id for update;
    end if;
    new.seq := head.last_seq + 1;
    -- Taken under the lock, so times never decrease along the chain.
    new.occurred_at := clock_timestamp();
    new.prev_hash := head.last_hash;
    new.hash := clinic.audit_event_digest(new);
    update clinic.audit_chain set last_seq = new.seq, last_hash = new.hash where tenant_id = clinic_id;
    return new;
end
$$;

create trigger audit_event_before_insert
    before insert on clinic.audit_event
    for each row execute function clinic.audit_event_before_insert();

-- Walks the bound clinic's chain in one statement and reports the first sequence number that is
-- not intact: a row whose content no longer matches its hash, that does not link to the row
-- before it, or that is missing (a gap, or rows missing at the end according to the head).
-- Null first_broken_seq means intact. head_hash can be written down elsewhere: a chain rewritten
-- in full from some row on (head included) is only detectable against such an outside copy.
create function clinic.audit_chain_verify(
    out rows_checked bigint, out first_broken_seq bigint, out head_seq bigint, out head_hash bytea)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with chain as (
        select e.seq,
               e.hash,
               e.hash = clinic.audit_event_digest(e) as sealed,
               e.prev_hash = coalesce(lag(e.hash) over w, clinic.audit_genesis()) as linked,
               coalesce(lag(e.seq) over w, 0) as prev_seq
        from clinic.audit_event e
        window w as (order by e.seq)
    ),
    summary as (
        select count(*) as checked,
               min(case when prev_seq <> seq - 1 then prev_seq + 1
                        when not (sealed and linked) then seq end) as broken,
               coalesce(max(seq), 0) as last_seq,
               (array_agg(hash order by seq desc))[1] as last_hash
        from chain
    )
    select s.checked,
           least(s.broken,
                 case when coalesce(h.last_seq, 0) > s.last_seq then s.last_seq + 1
                      when coalesce(h.last_seq, 0) < s.last_seq then coalesce(h.last_seq, 0) + 1
                      when s.last_seq > 0 and h.last_hash is distinct from s.last_hash then s.last_seq
                 end),
           coalesce(h.last_seq, 0),
           coalesce(h.last_hash, clinic.audit_genesis())
    from summary s left join clinic.audit_chain h on true
$$;

alter table clinic.audit_chain enable row level security;
alter table clinic.audit_chain force row level security;
create policy tenant_isolation on clinic.audit_chain
    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));

alter table clinic.audit_event enable row level security;
alter table clinic.audit_event force row level security;
create policy tenant_isolation on clinic.audit_event
    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));

revoke all on clinic.audit_chain, clinic.audit_event from public;
-- Append-only: no UPDATE, DELETE or TRUNCATE for anyone but the owner.
grant select, insert on clinic.audit_event to ${app_role};
-- Read-only: verification compares the chain with its head; only the trigger moves the head.
grant select on clinic.audit_chain to ${app_role};

revoke all on function clinic.audit_genesis(), clinic.audit_field(text),
    clinic.audit_event_digest(clinic.audit_event), clinic.audit_event_before_insert(),
    clinic.audit_chain_verify() from public;
grant execute on function clinic.audit_genesis(), clinic.audit_field(text),
    clinic.audit_event_digest(clinic.audit_event), clinic.audit_chain_verify() to ${app_role};
