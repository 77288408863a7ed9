-- The integration registry: each integration request of an OPD moving through its SOP template.
-- The integration row holds the current state; every change of it comes with a new row in the
-- append-only event history, in the same transaction. Documents are append-only as well.

-- Last number handed out per year, for readable codes such as INT-2026-0007.
create table integration_code_counter (
    year     integer primary key check (year between 2000 and 9999),
    last_no  integer not null check (last_no > 0)
);

create table integration (
    id                       bigint generated always as identity primary key,
    code                     text        not null unique check (code ~ '^INT-[0-9]{4}-[0-9]{4,}$'),
    title                    text        not null check (length(title) between 5 and 200),
    opd_id                   bigint      not null references opd (id),
    application_name         text        not null check (length(application_name) between 2 and 200),
    data_description         text        not null check (length(data_description) between 10 and 4000),
    template_code            text        not null references sop_template (code),
    -- null once the last step is done
    current_step             integer,
    status                   text        not null check (status in ('PENDING', 'RETURNED', 'VALIDATED')),
    created_at               timestamptz not null,
    created_by               bigint      references app_user (id),
    current_step_started_at  timestamptz,
    current_step_due_at      timestamptz,
    validated_at             timestamptz,
    completed_at             timestamptz,
    last_return_reason       text,
    -- optimistic locking: every event increments it
    version                  integer     not null default 0 check (version >= 0),
    foreign key (template_code, current_step) references sop_step (template_code, step_no),
    check ((current_step is null) = (completed_at is not null)),
    check ((current_step is null) = (current_step_started_at is null)),
    check ((current_step is null) = (current_step_due_at is null))
);
create index integration_opd_idx on integration (opd_id);
create index integration_status_idx on integration (status);
create index integration_created_idx on integration (created_at desc, id desc);
create index integration_due_idx on integration (current_step_due_at) where current_step is not null;

-- Who did what, when: never updated, never deleted; corrections are new events.
create table integration_event (
    id              bigint generated always as identity primary key,
    integration_id  bigint      not null references integration (id),
    -- CREATED: the request was made; STEP_COMPLETED: a step was done or decided; NOTE: a note or correction
    kind            text        not null check (kind in ('CREATED', 'STEP_COMPLETED', 'NOTE')),
    occurred_at     timestamptz not null,
    actor_user_id   bigint      references app_user (id),
    actor_name      text        not null,
    -- the role the actor acted in; with on_behalf, an ADMINISTRATOR acting for the step's own role
    acted_as        text        check (acted_as in ('ADMINISTRATOR', 'PENGAWAS', 'TEKNIS', 'OPD', 'KEPALA_DINAS')),
    on_behalf       boolean     not null default false,
    from_step       integer,
    outcome         text        check (outcome in ('DONE', 'YES', 'NO')),
    to_step         integer,
    status_after    text        not null check (status_after in ('PENDING', 'RETURNED', 'VALIDATED')),
    note            text        check (length(note) <= 4000),
    -- for a completed step: when it was due, and whether it was completed after that
    step_due_at     timestamptz,
    late            boolean     not null default false,
    check ((kind = 'STEP_COMPLETED') = (outcome is not null)),
    check (kind <> 'STEP_COMPLETED' or from_step is not null),
    check (kind <> 'CREATED' or (from_step is null and to_step is not null))
);
create index integration_event_integration_idx on integration_event (integration_id, id);

create table integration_document (
    id                bigint generated always as identity primary key,
    integration_id    bigint      not null references integration (id),
    event_id          bigint      not null references integration_event (id),
    step_no           integer     not null,
    -- what the document is, e.g. the step's output document ("Disposisi Integrasi Aplikasi")
    kind              text        not null check (length(kind) between 2 and 200),
    file_name         text        not null check (length(file_name) between 1 and 200),
    -- the type found by looking at the content, not the one the browser declared
    content_type      text        not null,
    size_bytes        bigint      not null check (size_bytes > 0),
    sha256            text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by       bigint      references app_user (id),
    uploaded_by_name  text        not null,
    uploaded_at       timestamptz not null
);
create index integration_document_integration_idx on integration_document (integration_id, id);

-- The bytes of a document, for the default storage (DocumentStorage keeps them in PostgreSQL).
create table integration_document_content (
    document_id  bigint primary key references integration_document (id),
    content      bytea  not null
);

create function registry_reject_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger integration_event_append_only before update or delete on integration_event
    for each row execute function registry_reject_change();
create trigger integration_event_no_truncate before truncate on integration_event
    for each statement execute function registry_reject_change();
create trigger integration_document_append_only before update or delete on integration_document
    for each row execute function registry_reject_change();
create trigger integration_document_no_truncate before truncate on integration_document
    for each statement execute function registry_reject_change();
create trigger integration_document_content_append_only before update or delete on integration_document_content
    for each row execute function registry_reject_change();
create trigger integration_document_content_no_truncate before truncate on integration_document_content
    for each statement execute function registry_reject_change();
