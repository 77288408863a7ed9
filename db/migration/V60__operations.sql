-- Operations: the lock rows of scheduled work (ShedLock) and the change feed that lets every portal
-- instance follow changes made on any other one.

-- One row per scheduled job; the instance that moves lock_until forward runs the tick.
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null
);

-- Appended in the same transaction as the change it announces; read in seq order by each instance.
create table change_event (
    seq        bigserial   primary key,
    kind       text        not null check (kind ~ '^[a-z][a-z0-9_.-]{1,63}$'),
    entity_id  text        not null check (length(entity_id) between 1 and 200),
    at         timestamptz not null default now()
);
