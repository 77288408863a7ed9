-- Region reference data that the shared material states reliably (shared/geo/SOURCES.md and the Open Data
-- Jabar files of shared/realdata):
--  * the 38 provinces, whose Kemendagri and BPS codes are identical; names as in the boundary source, except
--    31, renamed Daerah Khusus Jakarta by the 2024 Jakarta law (the source still says DKI Jakarta);
--  * the 10 kab/kota of Kalimantan Timur with both codes (the two numberings differ there);
--  * Kabupaten Trenggalek (Kemendagri 35.03) and its 14 kecamatan (Kemendagri codes; no checked source gives
--    their BPS codes, so those stay unknown);
--  * the 27 kab/kota of Jawa Barat with their BPS codes and names as in the Open Data Jabar exports; a
--    Kemendagri code only for the 19 kab/kota whose dotted kecamatan codes appear in the IDM file
--    (32.01.02 lies in 32.01); the other 8 kota are not in that file and keep no Kemendagri code.
-- Deployments extend the table through the administrator's CSV import.

insert into region (level, kode_kemendagri, kode_bps, name) values
('PROVINSI', '11', '11', 'Aceh'),
('PROVINSI', '12', '12', 'Sumatera Utara'),
('PROVINSI', '13', '13', 'Sumatera Barat'),
('PROVINSI', '14', '14', 'Riau'),
('PROVINSI', '15', '15', 'Jambi'),
('PROVINSI', '16', '16', 'Sumatera Selatan'),
('PROVINSI', '17', '17', 'Bengkulu'),
('PROVINSI', '18', '18', 'Lampung'),
('PROVINSI', '19', '19', 'Kepulauan Bangka Belitung'),
('PROVINSI', '21', '21', 'Kepulauan Riau'),
('PROVINSI', '31', '31', 'Daerah Khusus Jakarta'),
('PROVINSI', '32', '32', 'Jawa Barat'),
('PROVINSI', '33', '33', 'Jawa Tengah'),
('PROVINSI', '34', '34', 'Daerah Istimewa Yogyakarta'),
('PROVINSI', '35', '35', 'Jawa Timur'),
('PROVINSI', '36', '36', 'Banten'),
('PROVINSI', '51', '51', 'Bali'),
('PROVINSI', '52', '52', 'Nusa Tenggara Barat'),
('PROVINSI', '53', '53', 'Nusa Tenggara Timur'),
('PROVINSI', '61', '61', 'Kalimantan Barat'),
('PROVINSI', '62', '62', 'Kalimantan Tengah'),
('PROVINSI', '63', '63', 'Kalimantan Selatan'),
('PROVINSI', '64', '64', 'Kalimantan Timur'),
('PROVINSI', '65', '65', 'Kalimantan Utara'),
('PROVINSI', '71', '71', 'Sulawesi Utara'),
('PROVINSI', '72', '72', 'Sulawesi Tengah'),
('PROVINSI', '73', '73', 'Sulawesi Selatan'),
('PROVINSI', '74', '74', 'Sulawesi Tenggara'),
('PROVINSI', '75', '75', 'Gorontalo'),
('PROVINSI', '76', '76', 'Sulawesi Barat'),
('PROVINSI', '81', '81', 'Maluku'),
('PROVINSI', '82', '82', 'Maluku Utara'),
('PROVINSI', '91', '91', 'Papua'),
('PROVINSI', '92', '92', 'Papua Barat'),
('PROVINSI', '93', '93', 'Papua Selatan'),
('PROVINSI', '94', '94', 'Papua Tengah'),
('PROVINSI', '95', '95', 'Papua Pegunungan'),
('PROVINSI', '96', '96', 'Papua Barat Daya');

-- Kalimantan Timur: Kemendagri and BPS codes from the table in shared/geo/SOURCES.md
insert into region (level, kode_kemendagri, kode_bps, name, parent_id) values
('KABKOTA', '64.01', '6401', 'Kabupaten Paser', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.07', '6402', 'Kabupaten Kutai Barat', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.02', '6403', 'Kabupaten Kutai Kartanegara', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.08', '6404', 'Kabupaten Kutai Timur', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.03', '6405', 'Kabupaten Berau', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.09', '6409', 'Kabupaten Penajam Paser Utara', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.11', '6411', 'Kabupaten Mahakam Ulu', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.71', '6471', 'Kota Balikpapan', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.72', '6472', 'Kota Samarinda', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64')),
('KABKOTA', '64.74', '6474', 'Kota Bontang', (select id from region where level = 'PROVINSI' and kode_kemendagri = '64'));

-- Kabupaten Trenggalek (its BPS code is stated by no checked source)
insert into region (level, kode_kemendagri, kode_bps, name, parent_id) values
('KABKOTA', '35.03', null, 'Kabupaten Trenggalek', (select id from region where level = 'PROVINSI' and kode_kemendagri = '35'));

-- Trenggalek kecamatan, Kemendagri codes from shared/geo/SOURCES.md
insert into region (level, kode_kemendagri, kode_bps, name, parent_id) values
('KECAMATAN', '35.03.01', null, 'Panggul', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.02', null, 'Munjungan', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.03', null, 'Pule', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.04', null, 'Dongko', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.05', null, 'Tugu', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.06', null, 'Karangan', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.07', null, 'Kampak', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.08', null, 'Watulimo', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.09', null, 'Bendungan', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.10', null, 'Gandusari', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.11', null, 'Trenggalek', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.12', null, 'Pogalan', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.13', null, 'Durenan', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03')),
('KECAMATAN', '35.03.14', null, 'Suruh', (select id from region where level = 'KABKOTA' and kode_kemendagri = '35.03'));

-- Jawa Barat: BPS codes and names from the Open Data Jabar exports (bps-od_17044); Kemendagri codes
-- from the IDM file (dpmdes-idm), where its dotted kecamatan codes state them
insert into region (level, kode_kemendagri, kode_bps, name, parent_id) values
('KABKOTA', '32.01', '3201', 'Kabupaten Bogor', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.02', '3202', 'Kabupaten Sukabumi', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.03', '3203', 'Kabupaten Cianjur', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.04', '3204', 'Kabupaten Bandung', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.05', '3205', 'Kabupaten Garut', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.06', '3206', 'Kabupaten Tasikmalaya', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.07', '3207', 'Kabupaten Ciamis', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.08', '3208', 'Kabupaten Kuningan', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.09', '3209', 'Kabupaten Cirebon', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.10', '3210', 'Kabupaten Majalengka', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.11', '3211', 'Kabupaten Sumedang', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.12', '3212', 'Kabupaten Indramayu', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.13', '3213', 'Kabupaten Subang', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.14', '3214', 'Kabupaten Purwakarta', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.15', '3215', 'Kabupaten Karawang', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.16', '3216', 'Kabupaten Bekasi', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.17', '3217', 'Kabupaten Bandung Barat', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.18', '3218', 'Kabupaten Pangandaran', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3271', 'Kota Bogor', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3272', 'Kota Sukabumi', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3273', 'Kota Bandung', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3274', 'Kota Cirebon', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3275', 'Kota Bekasi', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3276', 'Kota Depok', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3277', 'Kota Cimahi', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', null, '3278', 'Kota Tasikmalaya', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32')),
('KABKOTA', '32.79', '3279', 'Kota Banjar', (select id from region where level = 'PROVINSI' and kode_kemendagri = '32'));
