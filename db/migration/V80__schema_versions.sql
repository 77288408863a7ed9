-- Every schema of a dataset, kept: who changed it, when, and the steps of the change (add, rename,
-- retype, reorder, drop, required, key ...). A load records the schema version it was read with, so
-- that a kept payload and its version's schema reproduce what the dataset held then.

create table dataset_schema_version (
    dataset_id    bigint      not null references dataset (id) on delete cascade,
    version       integer     not null check (version >= 1),
    table_schema  jsonb       not null,
    -- the steps, e.g. [{"kind": "RENAME", "field": "usia_75", "detail": "k_75"}]
    steps         jsonb       not null default '[]',
    changed_by    text        not null,
    user_id       bigint      references app_user (id),
    changed_at    timestamptz not null,
    primary key (dataset_id, version)
);

-- the schemas in use before versions were kept, recorded as their current version
insert into dataset_schema_version (dataset_id, version, table_schema, changed_by, changed_at)
select id, schema_version, table_schema, 'migration', updated_at
from dataset
where schema_version >= 1;

alter table dataset_load add column schema_version integer;
