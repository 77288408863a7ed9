-- The catalogue: Satu Data Indonesia metadata of each dataset (Perpres 39/2019; the MS-Ind items a dataset
-- page shows), topics (sectors), licences, tags, public counters and the append-only record of releases.

create table catalog_topic (
    id        bigint generated always as identity primary key,
    code      text    not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    name_id   text    not null check (length(name_id) between 2 and 80),
    name_en   text    not null check (length(name_en) between 2 and 80),
    icon      text    not null default 'vaadin:folder',
    position  integer not null default 0
);

insert into catalog_topic (code, name_id, name_en, icon, position) values
    ('kependudukan', 'Kependudukan', 'Population', 'vaadin:users', 1),
    ('kesehatan', 'Kesehatan', 'Health', 'vaadin:doctor', 2),
    ('pendidikan', 'Pendidikan', 'Education', 'vaadin:academy-cap', 3),
    ('ekonomi', 'Ekonomi', 'Economy', 'vaadin:chart', 4),
    ('sosial', 'Sosial', 'Social affairs', 'vaadin:handshake', 5),
    ('pertanian', 'Pertanian', 'Agriculture', 'vaadin:cluster', 6),
    ('lingkungan-hidup', 'Lingkungan Hidup', 'Environment', 'vaadin:tree-table', 7),
    ('perhubungan', 'Perhubungan', 'Transport', 'vaadin:road', 8),
    ('kebencanaan', 'Kebencanaan', 'Disasters', 'vaadin:warning', 9),
    ('pemerintahan', 'Pemerintahan', 'Government', 'vaadin:institution', 10),
    ('infrastruktur', 'Infrastruktur', 'Infrastructure', 'vaadin:building', 11),
    ('energi', 'Energi dan Sumber Daya Mineral', 'Energy and mineral resources', 'vaadin:flash', 12),
    ('pariwisata', 'Pariwisata dan Kebudayaan', 'Tourism and culture', 'vaadin:camera', 13),
    ('kelautan-perikanan', 'Kelautan dan Perikanan', 'Marine affairs and fisheries', 'vaadin:anchor', 14);

create table catalog_licence (
    id        text    primary key check (id ~ '^[A-Za-z0-9.-]{2,40}$'),
    title     text    not null,
    url       text,
    is_open   boolean not null,
    position  integer not null default 0
);

insert into catalog_licence (id, title, url, is_open, position) values
    ('CC-BY-4.0', 'Creative Commons Attribution 4.0', 'https://creativecommons.org/licenses/by/4.0/', true, 1),
    ('CC-BY-SA-4.0', 'Creative Commons Attribution Share-Alike 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/', true, 2),
    ('CC0-1.0', 'Creative Commons CC0 1.0 (domain publik)', 'https://creativecommons.org/publicdomain/zero/1.0/', true, 3),
    ('ODbL-1.0', 'Open Data Commons Open Database License 1.0', 'https://opendatacommons.org/licenses/odbl/1-0/', true, 4),
    ('ODC-BY-1.0', 'Open Data Commons Attribution License 1.0', 'https://opendatacommons.org/licenses/by/1-0/', true, 5);

-- One row per described dataset (a dataset without a row has no metadata yet). Field names follow MS-Ind
-- (konsep, definisi, metode/rumus, ukuran, satuan, klasifikasi penyajian, level estimasi).
create table dataset_metadata (
    dataset_id        bigint      primary key references dataset (id),
    topic_id          bigint      references catalog_topic (id),
    licence_id        text        not null default 'CC-BY-4.0' references catalog_licence (id),
    -- the walidata unit answerable for the dataset (e.g. Dinas Komunikasi dan Informatika)
    walidata          text        check (length(walidata) <= 200),
    period_start      integer     check (period_start between 1900 and 2200),
    period_end        integer     check (period_end between 1900 and 2200),
    measure           text        check (length(measure) <= 200),
    unit              text        check (length(unit) <= 100),
    concept           text        check (length(concept) <= 4000),
    definition        text        check (length(definition) <= 4000),
    methodology       text        check (length(methodology) <= 8000),
    classification    text        check (length(classification) <= 1000),
    estimation_level  text        check (length(estimation_level) <= 200),
    contact_name      text        check (length(contact_name) <= 200),
    contact_email     text        check (length(contact_email) <= 200),
    source            text        check (length(source) <= 1000),
    keywords          text[]      not null default '{}',
    featured          boolean     not null default false,
    released_at       timestamptz,
    updated_at        timestamptz not null default now(),
    check (period_start is null or period_end is null or period_start <= period_end)
);
create index dataset_metadata_topic_idx on dataset_metadata (topic_id);

create table dataset_tag (
    dataset_id  bigint not null references dataset (id),
    tag         text   not null check (tag ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(tag) <= 50),
    primary key (dataset_id, tag)
);
create index dataset_tag_tag_idx on dataset_tag (tag);

-- Public counters, apart from the metadata so that counting never touches the described record.
create table dataset_counter (
    dataset_id  bigint primary key references dataset (id),
    views       bigint not null default 0,
    downloads   bigint not null default 0
);

-- Append-only: who released, withdrew or re-described a dataset, in which role, when and why.
create table catalog_event (
    id          bigint generated always as identity primary key,
    dataset_id  bigint      not null references dataset (id),
    kind        text        not null check (kind in ('RELEASED', 'WITHDRAWN', 'METADATA_CHANGED')),
    user_id     bigint      references app_user (id),
    actor       text        not null,
    role        text,
    at          timestamptz not null,
    note        text        check (length(note) <= 2000)
);
create index catalog_event_dataset_idx on catalog_event (dataset_id, id desc);

create function catalog_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'catalog_event is append-only';
end;
$$;
create trigger catalog_event_no_change before update or delete on catalog_event
    for each row execute function catalog_event_append_only();

-- Identifies this database to the search index on disk: an index built from another database is rebuilt.
create table search_index_identity (
    id    integer primary key check (id = 1),
    uuid  uuid    not null default gen_random_uuid()
);
insert into search_index_identity (id) values (1);
