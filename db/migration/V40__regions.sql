-- The region reference table: every administrative region the portal knows, with both of its codes.
-- Kemendagri codes are dotted (64.02, 35.03.11, 32.01.02.2001); BPS codes are plain digits (6403, 3503110,
-- 3201190006). The two numberings differ (Kemendagri 64.02 = BPS 6403 = Kutai Kartanegara), so data is
-- matched to regions and shapes by code in a stated code system, never by name. Either code may be unknown
-- (null) where no checked source states it, but not both.

create table region (
    id               bigint generated always as identity primary key,
    level            text        not null check (level in ('PROVINSI', 'KABKOTA', 'KECAMATAN', 'DESA')),
    kode_kemendagri  text,
    kode_bps         text,
    name             text        not null check (length(name) between 2 and 120),
    parent_id        bigint      references region (id),
    -- where the row came from: a migration, or the import (region_import.id) that added or last changed it
    import_id        bigint,
    created_at       timestamptz not null default now(),
    check (kode_kemendagri is not null or kode_bps is not null),
    check ((level = 'PROVINSI') = (parent_id is null)),
    check (kode_kemendagri is null or kode_kemendagri ~ case level
        when 'PROVINSI' then '^[0-9]{2}$'
        when 'KABKOTA' then '^[0-9]{2}\.[0-9]{2}$'
        when 'KECAMATAN' then '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'
        else '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$' end),
    check (kode_bps is null or kode_bps ~ case level
        when 'PROVINSI' then '^[0-9]{2}$'
        when 'KABKOTA' then '^[0-9]{4}$'
        when 'KECAMATAN' then '^[0-9]{7}$'
        else '^[0-9]{10}$' end)
);
create unique index region_kemendagri_uq on region (level, kode_kemendagri) where kode_kemendagri is not null;
create unique index region_bps_uq on region (level, kode_bps) where kode_bps is not null;
create index region_parent_idx on region (parent_id);

-- An administrator's CSV import of region rows: who, when, which file, what it did.
create table region_import (
    id            bigint generated always as identity primary key,
    file_name     text        not null,
    rows_added    integer     not null check (rows_added >= 0),
    rows_updated  integer     not null check (rows_updated >= 0),
    rows_same     integer     not null check (rows_same >= 0),
    imported_by   bigint      references app_user (id),
    imported_by_name text     not null,
    imported_at   timestamptz not null
);
alter table region add constraint region_import_fk foreign key (import_id) references region_import (id);
