-- The exchange: API keys for OPD systems pushing rows, and pull connectors that fetch from OPD web services.

-- Keys look like sd_<prefix>_<secret>; only a SHA-256 hash of the whole key is stored (the key is random
-- with 256 bits, so a slow hash adds nothing). Issued for one dataset or for one integration.
create table api_key (
    id            bigint generated always as identity primary key,
    prefix        text        not null unique check (prefix ~ '^[a-z0-9]{8}$'),
    key_hash      text        not null,
    dataset_id    bigint      references dataset (id),
    integration_id bigint,
    opd_id        bigint      not null references opd (id),
    label         text        not null check (length(label) between 1 and 120),
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    check ((dataset_id is null) <> (integration_id is null))
);
create index api_key_dataset_idx on api_key (dataset_id);

create table pull_connector (
    id               bigint generated always as identity primary key,
    dataset_id       bigint      not null references dataset (id),
    url              text        not null check (url ~ '^https?://' and length(url) <= 2000),
    format           text        not null check (format in ('CSV', 'JSON')),
    mode             text        not null check (mode in ('APPEND', 'REPLACE', 'UPSERT')),
    cron             text        not null,
    timeout_seconds  integer     not null default 30 check (timeout_seconds between 1 and 600),
    max_retries      integer     not null default 3 check (max_retries between 0 and 10),
    backoff_seconds  integer     not null default 5 check (backoff_seconds between 1 and 3600),
    enabled          boolean     not null default true,
    next_run_at      timestamptz,
    -- a run in progress: retries are due at next_run_at with attempt > 1
    pending_attempt  integer     not null default 0,
    last_status      text,
    last_run_at      timestamptz,
    created_by       text        not null,
    created_at       timestamptz not null default now()
);
create index pull_connector_due_idx on pull_connector (next_run_at) where enabled;

create table pull_attempt (
    id            bigint generated always as identity primary key,
    connector_id  bigint      not null references pull_connector (id),
    attempt       integer     not null,
    load_id       bigint      references dataset_load (id),
    status        text        not null check (status in ('SUCCESS', 'REJECTED', 'FAILED')),
    http_status   integer,
    error         text,
    started_at    timestamptz not null,
    duration_ms   bigint      not null
);
create index pull_attempt_connector_idx on pull_attempt (connector_id, id desc);
