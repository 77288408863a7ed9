-- Boundaries for choropleth maps: GeoJSON FeatureCollections an administrator uploads, one current set per
-- region level. A replaced set is kept (current = false) with who replaced it and when, so the history of a
-- level's boundaries stays visible.

create table boundary_set (
    id               bigint generated always as identity primary key,
    level            text        not null check (level in ('PROVINSI', 'KABKOTA', 'KECAMATAN', 'DESA')),
    -- the code system and feature property the file's codes were read from
    code_system      text        not null check (code_system in ('BPS', 'KEMENDAGRI')),
    code_property    text        not null check (length(code_property) between 1 and 64),
    file_name        text        not null,
    -- the uploaded document as received
    document         text        not null,
    size_bytes       integer     not null check (size_bytes > 0),
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    feature_count    integer     not null check (feature_count > 0),
    uploaded_by      bigint      references app_user (id),
    uploaded_by_name text        not null,
    uploaded_at      timestamptz not null,
    is_current       boolean     not null default true,
    replaced_at      timestamptz,
    replaced_by_name text,
    check (is_current = (replaced_at is null))
);
create unique index boundary_set_one_current on boundary_set (level) where is_current;

-- One row per feature: the region its code resolved to, the code as written in the file, and the geometry
-- prepared for drawing (coordinates rounded to what a map on screen can show).
create table boundary_feature (
    set_id           bigint      not null references boundary_set (id) on delete cascade,
    region_id        bigint      not null references region (id),
    code_in_file     text        not null,
    geometry_type    text        not null check (geometry_type in ('Polygon', 'MultiPolygon')),
    display_geometry text        not null,
    primary key (set_id, region_id)
);
create index boundary_feature_region_idx on boundary_feature (region_id);
