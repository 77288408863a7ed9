-- Organisations (OPD, Organisasi Perangkat Daerah) and the people who use the back office.

create table opd (
    id          bigint generated always as identity primary key,
    code        text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,31}$'),
    name        text        not null check (length(name) between 3 and 200),
    short_name  text        not null check (length(short_name) between 2 and 40),
    created_at  timestamptz not null default now()
);

create table app_user (
    id             bigint generated always as identity primary key,
    username       text        not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    full_name      text        not null check (length(full_name) between 2 and 120),
    email          text,
    password_hash  text        not null,
    -- set for OPD staff: the one OPD whose data they may see and act on
    opd_id         bigint      references opd (id),
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now()
);
create index app_user_opd_idx on app_user (opd_id);

-- ADMINISTRATOR: Pejabat Administrator Bidang TIK; PENGAWAS: Pejabat Pengawas / Kasi Pengelolaan Data
-- dan Integrasi SI; TEKNIS: Tim Teknis; OPD: staff of one OPD; KEPALA_DINAS: head of the agency.
create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('ADMINISTRATOR', 'PENGAWAS', 'TEKNIS', 'OPD', 'KEPALA_DINAS')),
    primary key (user_id, role)
);
