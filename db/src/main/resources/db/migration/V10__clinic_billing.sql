-- Billing: the clinic's billing settings, invoices with their lines, payments, and the per-clinic
-- counter that numbers invoices. Design (db/README.md, "Billing"):
--
-- * Money is numeric(12, 2), computed in Java with explicit half-up rounding per line; the
--   checks below make the stored amounts add up, whatever writes them.
-- * Numbers without gaps: an invoice gets its number when it is issued, from the clinic's
--   counter row, inside the issuing transaction (a BEFORE UPDATE trigger, so no caller can choose
--   or skip a number). The counter row stays locked until commit: a rolled-back issue gives its
--   number back, concurrent issues of one clinic queue on the row, clinics never wait for each
--   other. Voiding keeps the number.
-- * An issued invoice is immutable apart from voiding it and recording payments (trigger).
-- * Lines and payments carry a copy of their invoice's status, kept equal by a composite foreign
--   key with ON UPDATE CASCADE. That lets the database itself enforce that an appointment is on
--   at most one invoice that is not void (a partial unique index), that payments exist only on
--   issued invoices (a check on the copy: voiding a paid invoice fails), and that lines change
--   only while their invoice is a draft.

create table clinic.billing_settings (
    tenant_id uuid primary key references platform.tenant (id),
    -- Percent, e.g. 21.00 for 21 % VAT; applied to every line of invoices drafted from now on.
    tax_rate numeric(5, 2) not null check (tax_rate >= 0 and tax_rate <= 100),
    invoice_prefix text not null check (invoice_prefix ~ '^[A-Z0-9][A-Z0-9/-]{0,11}$'),
    legal_name text not null check (length(legal_name) between 1 and 200),
    tax_id text not null check (length(tax_id) between 1 and 40),
    address text not null check (length(address) between 1 and 400),
    version bigint not null default 0,
    updated_at timestamptz not null default now()
);

-- The last number issued per clinic. Written only by the invoice trigger (SECURITY DEFINER): the
-- application role has no right on it.
create table clinic.invoice_counter (
    tenant_id uuid primary key references platform.tenant (id),
    last_number bigint not null check (last_number > 0)
);

create table clinic.invoice (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    patient_id uuid not null,
    status text not null check (status in ('draft', 'issued', 'void')),
    currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
    tax_rate numeric(5, 2) not null check (tax_rate >= 0 and tax_rate <= 100),
    -- Sums of the lines (net = gross - discount), kept by the application.
    net_total numeric(12, 2) not null default 0 check (net_total >= 0),
    discount_total numeric(12, 2) not null default 0 check (discount_total >= 0),
    tax_total numeric(12, 2) not null default 0 check (tax_total >= 0),
    total numeric(12, 2) not null default 0,
    amount_paid numeric(12, 2) not null default 0,
    -- Set by the trigger when the invoice is issued.
    sequence_number bigint check (sequence_number > 0),
    number text,
    issued_at timestamptz,
    -- What the invoice says about the clinic and the patient, frozen when it is issued.
    seller_legal_name text,
    seller_tax_id text,
    seller_address text,
    buyer_name text,
    buyer_tax_id text,
    buyer_address text,
    voided_at timestamptz,
    void_reason text check (length(void_reason) between 1 and 500),
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (total = net_total + tax_total),
    -- No overpayment, and money only on issued invoices (so a paid invoice cannot be voided).
    check (amount_paid >= 0 and amount_paid <= total),
    check (status = 'issued' or amount_paid = 0),
    check ((status = 'draft') = (sequence_number is null)),
    check ((sequence_number is null) = (number is null) and (number is null) = (issued_at is null)),
    check (status = 'draft' or (seller_legal_name is not null and seller_tax_id is not null
                                and seller_address is not null and buyer_name is not null)),
    check ((status = 'void') = (voided_at is not null) and (status = 'void') = (void_reason is not null)),
    constraint invoice_tenant_id_key unique (tenant_id, id),
    -- The target of the lines' and payments' status copies.
    constraint invoice_tenant_id_status_key unique (tenant_id, id, status),
    constraint invoice_tenant_sequence_key unique (tenant_id, sequence_number),
    constraint invoice_tenant_number_key unique (tenant_id, number),
    foreign key (tenant_id, patient_id) references clinic.patient (tenant_id, id)
);

create table clinic.invoice_line (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    invoice_id uuid not null,
    -- Always equal to the invoice's status (foreign key below, ON UPDATE CASCADE).
    invoice_status text not null,
    position integer not null check (position >= 1),
    -- The completed appointment this line bills, if any, and the service (catalogue) it names.
    appointment_id uuid,
    service_id uuid,
    service_date date,
    description text not null check (length(description) between 1 and 200),
    quantity integer not null check (quantity between 1 and 999),
    unit_price numeric(12, 2) not null check (unit_price >= 0),
    discount_percent numeric(5, 2) not null default 0 check (discount_percent >= 0 and discount_percent <= 100),
    gross_amount numeric(12, 2) not null,
    discount_amount numeric(12, 2) not null,
    net_amount numeric(12, 2) not null,
    tax_amount numeric(12, 2) not null check (tax_amount >= 0),
    check (gross_amount = unit_price * quantity),
    check (discount_amount >= 0 and discount_amount <= gross_amount),
    check (net_amount = gross_amount - discount_amount),
    check (appointment_id is null or service_id is not null),
    constraint invoice_line_tenant_invoice_position_key unique (tenant_id, invoice_id, position),
    foreign key (tenant_id, invoice_id, invoice_status)
        references clinic.invoice (tenant_id, id, status) on update cascade,
    foreign key (tenant_id, appointment_id) references clinic.appointment (tenant_id, id),
    foreign key (tenant_id, service_id) references clinic.service (tenant_id, id)
);

-- An appointment is billed at most once: on one invoice that is not void. Concurrent drafts for
-- the same appointment cannot both commit, whichever node they run on.
create unique index invoice_line_appointment_billed_once_idx
    on clinic.invoice_line (tenant_id, appointment_id)
    where appointment_id is not null and invoice_status <> 'void';

create table clinic.payment (
    id uuid primary key,
    tenant_id uuid not null references platform.tenant (id),
    invoice_id uuid not null,
    -- Payments exist on issued invoices only: the copy of the invoice's status must say so, and
    -- follows the invoice (so voiding a paid invoice violates this check and fails).
    invoice_status text not null check (invoice_status = 'issued'),
    method text not null check (method in ('cash', 'card', 'bank_transfer')),
    amount numeric(12, 2) not null check (amount > 0),
    -- Card: the terminal's authorisation or the card's last digits; transfer: the bank reference.
    reference text check (length(reference) between 1 and 100),
    received_at timestamptz not null,
    recorded_by text not null check (length(recorded_by) between 1 and 200),
    created_at timestamptz not null default now(),
    check ((method = 'cash') = (reference is null)),
    foreign key (tenant_id, invoice_id, invoice_status)
        references clinic.invoice (tenant_id, id, status) on update cascade
);

create index invoice_tenant_created_idx on clinic.invoice (tenant_id, created_at desc, id desc);
create index invoice_tenant_patient_created_idx on clinic.invoice (tenant_id, patient_id, created_at desc, id desc);
create index invoice_tenant_status_created_idx on clinic.invoice (tenant_id, status, created_at desc, id desc);
create index invoice_line_tenant_invoice_idx on clinic.invoice_line (tenant_id, invoice_id, position);
create index payment_tenant_invoice_idx on clinic.payment (tenant_id, invoice_id, received_at);

-- Issues (numbers) invoices and keeps issued ones immutable. SECURITY DEFINER so that the
-- application role needs no right on the counter; still under FORCE RLS as the owner.
create function clinic.invoice_before_update() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    frozen clinic.invoice;
    prefix text;
begin
    if new.status = 'draft' and old.status <> 'draft' or old.status = 'void' and new is distinct from old then
        raise exception 'invoice % cannot go from % to %', old.id, old.status, new.status using errcode = '55000';
    end if;
    if old.status = 'draft' and new.status = 'void' then
        raise exception 'a draft invoice is not voided' using errcode = '55000';
    end if;
    if old.status = 'draft' and new.status = 'issued' then
        select s.invoice_prefix into prefix from clinic.billing_settings s where s.tenant_id = new.tenant_id;
        if prefix is null then
            raise exception 'the clinic has no billing settings' using errcode = '55000';
        end if;
        -- The clinic's serialization point for numbers, locked until commit or rollback.
        insert into clinic.invoice_counter as c (tenant_id, last_number) values (new.tenant_id, 1)
            on conflict (tenant_id) do update set last_number = c.last_number + 1
            returning c.last_number into new.sequence_number;
        new.number := prefix || lpad(new.sequence_number::text, greatest(6, length(new.sequence_number::text)), '0');
        return new;
    end if;
    if old.status <> 'draft' then
        -- Issued: only voiding and payments change it.
        frozen := new;
        frozen.status := old.status;
        frozen.voided_at := old.voided_at;
        frozen.void_reason := old.void_reason;
        frozen.amount_paid := old.amount_paid;
        frozen.version := old.version;
        frozen.updated_at := old.updated_at;
        if frozen is distinct from old then
            raise exception 'issued invoice % is immutable', old.id using errcode = '55000';
        end if;
    elsif new.sequence_number is distinct from old.sequence_number or new.number is distinct from old.number
          or new.issued_at is distinct from old.issued_at then
        -- Still a draft: numbers come from issuing only.
        raise exception 'only issuing numbers an invoice' using errcode = '55000';
    end if;
    return new;
end
$$;

create trigger invoice_before_update
    before update on clinic.invoice
    for each row execute function clinic.invoice_before_update();

-- A draft's lines are added and removed, never edited; once the invoice is issued they only
-- follow its status.
create function clinic.invoice_line_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    probe clinic.invoice_line;
begin
    if tg_op = 'INSERT' and new.invoice_status <> 'draft' or tg_op = 'DELETE' and old.invoice_status <> 'draft' then
        raise exception 'lines change only on a draft invoice' using errcode = '55000';
    end if;
    if tg_op = 'UPDATE' then
        probe := new;
        probe.invoice_status := old.invoice_status;
        if probe is distinct from old then
            raise exception 'invoice lines are not edited' using errcode = '55000';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger invoice_line_guard
    before insert or update or delete on clinic.invoice_line
    for each row execute function clinic.invoice_line_guard();

do $$
declare
    t text;
begin
    foreach t in array array['billing_settings', 'invoice_counter', 'invoice', 'invoice_line', 'payment'] loop
        execute format('alter table clinic.%I enable row level security', t);
        execute format('alter table clinic.%I force row level security', t);
        execute format($p$create policy tenant_isolation on clinic.%I
            using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
            with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
        execute format('revoke all on clinic.%I from public', t);
    end loop;
end
$$;

grant select, insert, update on clinic.billing_settings to ${app_role};
grant select, insert on clinic.billing_settings to ${platform_role};
-- The counter: read-only (the trigger moves it).
grant select on clinic.invoice_counter to ${app_role};
-- Invoices are never deleted: a mistake is voided, keeping its number.
grant select, insert, update on clinic.invoice to ${app_role};
grant select, insert, delete on clinic.invoice_line to ${app_role};
-- Payments are facts: recorded, never changed or removed.
grant select, insert on clinic.payment to ${app_role};

revoke all on function clinic.invoice_before_update(), clinic.invoice_line_guard() from public;
