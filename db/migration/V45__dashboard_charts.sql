-- Dashboards (step 11): the dataset's integration becomes a real foreign key now that both tables exist,
-- staff-saved charts per dataset, and the schema versions an integration was validated with (a later
-- schema change of a linked dataset asks for a new validation).

alter table dataset
    add constraint dataset_integration_fk foreign key (integration_id) references integration (id);

create table dashboard_chart (
    id            bigint generated always as identity primary key,
    dataset_id    bigint      not null references dataset (id) on delete cascade,
    -- order of the charts of a dataset on its dashboard
    position      integer     not null check (position between 0 and 99),
    chart_type    text        not null check (chart_type in ('BAR', 'COLUMN', 'LINE', 'AREA', 'PIE', 'MAP')),
    dimension     text        not null check (length(dimension) between 1 and 63),
    -- an optional second dimension: one series per value
    dimension2    text        check (length(dimension2) between 1 and 63),
    -- null: count of rows
    measure       text        check (length(measure) between 1 and 63),
    aggregation   text        not null check (aggregation in ('SUM', 'AVG', 'MIN', 'MAX', 'COUNT')),
    -- an optional EQUALS filter on one column
    filter_column text        check (length(filter_column) between 1 and 63),
    filter_value  text        check (length(filter_value) <= 500),
    top_n         integer     not null default 15 check (top_n between 1 and 100),
    saved_by      bigint      references app_user (id),
    saved_by_name text        not null,
    saved_at      timestamptz not null,
    unique (dataset_id, position),
    check ((filter_column is null) = (filter_value is null))
);

create table validated_schema (
    integration_id  bigint      not null references integration (id),
    dataset_id      bigint      not null references dataset (id) on delete cascade,
    schema_version  integer     not null check (schema_version >= 0),
    recorded_at     timestamptz not null,
    primary key (integration_id, dataset_id)
);
