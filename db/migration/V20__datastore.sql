-- Datasets of the data-exchange hub: one record per dataset (its schema as a Frictionless-style table
-- schema in jsonb), one typed table per dataset in the schema "datastore" (built by the application from
-- the schema, outside jOOQ code generation), and the record of every load.

create schema if not exists datastore;

create table dataset (
    id                bigint generated always as identity primary key,
    opd_id            bigint      not null references opd (id),
    -- the integration (registry) the dataset belongs to; the foreign key comes with the registry
    integration_id    bigint,
    slug              text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title             text        not null check (length(title) between 3 and 300),
    description       text        not null default '',
    update_frequency  text        not null default 'IRREGULAR'
        check (update_frequency in ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'IRREGULAR')),
    visibility        text        not null default 'DRAFT' check (visibility in ('DRAFT', 'INTERNAL', 'PUBLIC')),
    table_schema      jsonb       not null default '{"fields": [], "primaryKey": []}',
    schema_version    integer     not null default 0,
    row_count         bigint      not null default 0,
    last_load_at      timestamptz,
    -- bumped by every accepted load: keys caches of derived data (sorted-position indexes)
    data_version      bigint      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index dataset_opd_idx on dataset (opd_id);
create index dataset_integration_idx on dataset (integration_id);

-- Every load, accepted or not. The raw payload is a gzip file under <data-dir>/payloads (payload_path is
-- relative to the data folder); the validation report is kept here.
create table dataset_load (
    id             bigint generated always as identity primary key,
    dataset_id     bigint      not null references dataset (id),
    source         text        not null check (source in ('PUSH', 'UPLOAD', 'PULL', 'DEMO')),
    -- who or what: user name, API key prefix, connector
    actor          text        not null,
    user_id        bigint      references app_user (id),
    api_key_id     bigint,
    connector_id   bigint,
    mode           text        not null check (mode in ('APPEND', 'REPLACE', 'UPSERT')),
    format         text        not null check (format in ('CSV', 'JSON', 'XLSX')),
    file_name      text,
    status         text        not null check (status in ('RUNNING', 'ACCEPTED', 'REJECTED', 'FAILED')),
    rows_in        bigint      not null default 0,
    rows_accepted  bigint      not null default 0,
    error_count    bigint      not null default 0,
    payload_bytes  bigint      not null default 0,
    payload_path   text,
    report         jsonb,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    duration_ms    bigint
);
create index dataset_load_dataset_idx on dataset_load (dataset_id, id desc);
