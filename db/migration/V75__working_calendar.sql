-- The working calendar that SOP time standards are counted in: the office hours of each weekday
-- and the days the offices are closed (national holidays, cuti bersama, regional holidays).
-- The administrator maintains both in the back office (app/kalender-kerja); due times of open
-- steps are recomputed when they change.

-- One row per ISO weekday (1 Monday .. 7 Sunday), in the region's time zone (satudata.time-zone);
-- no hours: the offices are closed that day.
create table office_hours (
    weekday  integer primary key check (weekday between 1 and 7),
    opens    time,
    closes   time,
    check ((opens is null) = (closes is null)),
    check (opens is null or opens < closes)
);

-- The usual hours of regional government offices (5 working days: 07:30-16:00 Monday to
-- Thursday, 07:30-16:30 Friday); Saturday and Sunday closed.
insert into office_hours (weekday, opens, closes) values
    (1, '07:30', '16:00'),
    (2, '07:30', '16:00'),
    (3, '07:30', '16:00'),
    (4, '07:30', '16:00'),
    (5, '07:30', '16:30'),
    (6, null, null),
    (7, null, null);

-- A day the offices are closed. NATIONAL: hari libur nasional; CUTI_BERSAMA: collective leave;
-- both fixed each year by joint decree of the Ministers of Religious Affairs, Manpower and
-- Administrative Reform (SKB 3 Menteri). REGIONAL: set by the region (e.g. its anniversary).
create table calendar_holiday (
    id      bigint generated always as identity primary key,
    day     date not null unique check (day between date '2000-01-01' and date '2100-12-31'),
    kind    text not null check (kind in ('NATIONAL', 'CUTI_BERSAMA', 'REGIONAL')),
    name    text not null check (length(name) between 3 and 200),
    -- the decision it comes from, e.g. the decree's number; "perkiraan" while none is published
    source  text check (length(source) <= 200)
);

-- 2025: SKB Menag, Menaker and MenPAN-RB No. 1017/2024, 2/2024, 2/2024 (signed 14 October 2024):
-- 17 national holidays and 10 days of cuti bersama; changed by SKB No. 933/2025, 1/2025, 3/2025
-- (7 August 2025), which added 18 August as cuti bersama for the 80th independence day.
insert into calendar_holiday (day, kind, name, source) values
    ('2025-01-01', 'NATIONAL', 'Tahun Baru 2025 Masehi', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-01-27', 'NATIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-01-28', 'CUTI_BERSAMA', 'Cuti bersama Tahun Baru Imlek', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-01-29', 'NATIONAL', 'Tahun Baru Imlek 2576 Kongzili', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-03-28', 'CUTI_BERSAMA', 'Cuti bersama Hari Suci Nyepi', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-03-29', 'NATIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-03-31', 'NATIONAL', 'Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-01', 'NATIONAL', 'Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-02', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-03', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-04', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-07', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-18', 'NATIONAL', 'Wafat Yesus Kristus', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-04-20', 'NATIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-05-01', 'NATIONAL', 'Hari Buruh Internasional', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-05-12', 'NATIONAL', 'Hari Raya Waisak 2569 BE', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-05-13', 'CUTI_BERSAMA', 'Cuti bersama Hari Raya Waisak', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-05-29', 'NATIONAL', 'Kenaikan Yesus Kristus', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-05-30', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan Yesus Kristus', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-06-01', 'NATIONAL', 'Hari Lahir Pancasila', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-06-06', 'NATIONAL', 'Idul Adha 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-06-09', 'CUTI_BERSAMA', 'Cuti bersama Idul Adha 1446 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-06-27', 'NATIONAL', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-08-17', 'NATIONAL', 'Proklamasi Kemerdekaan', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-08-18', 'CUTI_BERSAMA', 'Cuti bersama HUT ke-80 Kemerdekaan RI', 'SKB 933/2025, 1/2025, 3/2025'),
    ('2025-09-05', 'NATIONAL', 'Maulid Nabi Muhammad SAW', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus', 'SKB 1017/2024, 2/2024, 2/2024'),
    ('2025-12-26', 'CUTI_BERSAMA', 'Cuti bersama Kelahiran Yesus Kristus', 'SKB 1017/2024, 2/2024, 2/2024');

-- 2026: SKB No. 1497/2025, 2/2025, 5/2025 (announced 19 September 2025): 17 national holidays and
-- 8 days of cuti bersama. Idul Fitri 1447 H is Saturday-Sunday 21-22 March in the decree, and the
-- Minister of Religious Affairs confirmed 1 Syawal 1447 H = Saturday 21 March 2026 after the isbat
-- of 19 March 2026 (20 March, the date some organisations celebrated, is cuti bersama). Either
-- reading leaves the same days closed: 18 March to 24 March.
insert into calendar_holiday (day, kind, name, source) values
    ('2026-01-01', 'NATIONAL', 'Tahun Baru 2026 Masehi', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-01-16', 'NATIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-02-16', 'CUTI_BERSAMA', 'Cuti bersama Tahun Baru Imlek', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-02-17', 'NATIONAL', 'Tahun Baru Imlek 2577 Kongzili', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-18', 'CUTI_BERSAMA', 'Cuti bersama Hari Suci Nyepi', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-19', 'NATIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-20', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-21', 'NATIONAL', 'Idul Fitri 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-22', 'NATIONAL', 'Idul Fitri 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-23', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-03-24', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-04-03', 'NATIONAL', 'Wafat Yesus Kristus', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-04-05', 'NATIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-01', 'NATIONAL', 'Hari Buruh Internasional', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-14', 'NATIONAL', 'Kenaikan Yesus Kristus', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-15', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan Yesus Kristus', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-27', 'NATIONAL', 'Idul Adha 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-28', 'CUTI_BERSAMA', 'Cuti bersama Idul Adha 1447 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-05-31', 'NATIONAL', 'Hari Raya Waisak 2570 BE', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-06-01', 'NATIONAL', 'Hari Lahir Pancasila', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-06-16', 'NATIONAL', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-08-17', 'NATIONAL', 'Proklamasi Kemerdekaan', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-08-25', 'NATIONAL', 'Maulid Nabi Muhammad SAW', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-12-24', 'CUTI_BERSAMA', 'Cuti bersama Kelahiran Yesus Kristus', 'SKB 1497/2025, 2/2025, 5/2025'),
    ('2026-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus', 'SKB 1497/2025, 2/2025, 5/2025');

-- 2027: the decree for 2027 was not available to us when this was written, so the year is seeded
-- with what can be known without it and marked "perkiraan" (estimate) for the administrator to
-- check against the SKB and correct on the calendar screen; no cuti bersama (a policy choice
-- of the decree, which cannot be derived). Known by law and by computation: the fixed-date
-- holidays (1 January, 1 May, 1 June, 17 August, 25 December); Chinese New Year on 6 February;
-- Easter on 28 March (Good Friday 26 March, Ascension 39 days after Easter, 6 May).
-- Estimated from the astronomical new and full moons with the MABIMS visibility criteria the
-- government uses, and a lunar year (about 354.4 days) after the 2026 dates: Idul Fitri 1448 H on
-- 10-11 March (conjunction on 8 March near sunset, so Ramadan completes 30 days); Idul Adha
-- 1448 H on 17 May (conjunction on 6 May near sunset); Isra Mikraj on 5 January (or the 6th);
-- 1 Muharam 1449 H on 6 June and Maulid on 15 August (either day of each pair is a weekend);
-- Nyepi (Saka 1949) on 9 March (or the 8th), the day after the new moon of Kasanga; Waisak
-- 2571 BE on the full moon of 20 May.
insert into calendar_holiday (day, kind, name, source) values
    ('2027-01-01', 'NATIONAL', 'Tahun Baru 2027 Masehi', 'tanggal tetap'),
    ('2027-01-05', 'NATIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'perkiraan'),
    ('2027-02-06', 'NATIONAL', 'Tahun Baru Imlek 2578 Kongzili', 'dihitung (kalender Tionghoa)'),
    ('2027-03-09', 'NATIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1949)', 'perkiraan'),
    ('2027-03-10', 'NATIONAL', 'Idul Fitri 1448 Hijriah', 'perkiraan'),
    ('2027-03-11', 'NATIONAL', 'Idul Fitri 1448 Hijriah', 'perkiraan'),
    ('2027-03-26', 'NATIONAL', 'Wafat Yesus Kristus', 'dihitung (tanggal Paskah)'),
    ('2027-03-28', 'NATIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'dihitung (tanggal Paskah)'),
    ('2027-05-01', 'NATIONAL', 'Hari Buruh Internasional', 'tanggal tetap'),
    ('2027-05-06', 'NATIONAL', 'Kenaikan Yesus Kristus', 'dihitung (tanggal Paskah)'),
    ('2027-05-17', 'NATIONAL', 'Idul Adha 1448 Hijriah', 'perkiraan'),
    ('2027-05-20', 'NATIONAL', 'Hari Raya Waisak 2571 BE', 'perkiraan'),
    ('2027-06-01', 'NATIONAL', 'Hari Lahir Pancasila', 'tanggal tetap'),
    ('2027-06-06', 'NATIONAL', '1 Muharam Tahun Baru Islam 1449 Hijriah', 'perkiraan'),
    ('2027-08-15', 'NATIONAL', 'Maulid Nabi Muhammad SAW', 'perkiraan'),
    ('2027-08-17', 'NATIONAL', 'Proklamasi Kemerdekaan', 'tanggal tetap'),
    ('2027-12-25', 'NATIONAL', 'Kelahiran Yesus Kristus', 'tanggal tetap');
