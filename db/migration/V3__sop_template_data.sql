-- The three SOP templates, transcribed from the SOP texts (shared/sop/). Activity, inputs and outputs
-- are kept as the SOPs write them, typos included; the actor reading follows docs/architecture.md.

insert into sop_template (code, name, issuer, document_number, overall_min, overall_max, overall_unit, is_default) values
('KALTIM', 'Integrasi dan Pertukaran Data Sistem Informasi',
 'Bidang Teknologi Informasi dan Komunikasi, Pemerintah Provinsi Kalimantan Timur', null, 3, 4, 'MONTH', true),
('TRENGGALEK_EKSTERNAL', 'Integrasi Sistem Informasi dari Eksternal',
 'Dinas Komunikasi dan Informatika Kabupaten Trenggalek', '000.8.3.3/ 027 /SOP/406.020/2025', null, null, null, false),
('TRENGGALEK_INTERNAL', 'Integrasi Sistem Informasi dari Internal',
 'Dinas Komunikasi dan Informatika Kabupaten Trenggalek', '000.8.3.3/ 027 /SOP/406.020/2025', null, null, null, false);

insert into sop_step (template_code, step_no, activity, actor_roles, completer_roles, inputs,
                      time_min, time_max, time_unit, output_document, output_required, decision_question) values
('KALTIM', 1, 'melakukan koordinasi dengan pejabat Administrator untuk melakukan integrasi, untuk meminta instansi mendefinisikan data dan informasi apa yang akan diintegrasikan',
 '{OPD,ADMINISTRATOR}', '{ADMINISTRATOR}', 'Dokumen data dan Informasi Aplikasi', 1, 1, 'DAY', 'Disposisi Integrasi Aplikasi', true, null),
('KALTIM', 2, 'mendefinisikan data dan informasi yang dibutuhkan dalam bentuk dokumen tertulis disampaikan kepada tim teknis kominfo',
 '{OPD}', '{OPD}', 'Dokumen Integrasi Aplikasi', 1, 1, 'DAY', 'Dokumen Integrasi Aplikasi Struktur Database', true, null),
('KALTIM', 3, 'melakukan perumusan mengenai skenario integrasi untuk memperoleh data yang disepakati untuk pertukaran melalui web service, jika sepakat maka dilakukan pertukaran data jika tidak maka akan dikembalikan kepada OPD terkait',
 '{TEKNIS,OPD}', '{TEKNIS}', 'Dokumen Integrasi Aplikasi Struktur Database', 1, 1, 'MONTH', 'Dokumen Integrasi Aplikasi Struktur Database', true,
 'Skenario integrasi disepakati?'),
('KALTIM', 4, 'membentul dokumen interchange data (pertukaran data menggunakan web service)',
 '{TEKNIS,OPD}', '{TEKNIS}', 'Dokumen Rumusan Integrasi Data', 1, 1, 'MONTH', 'Dokumen Rumusan Integrasi Data', true, null),
('KALTIM', 5, 'mempersiapkan API. Aplikasi akan disimpan pada 1 server khusus yang akan menjadi pusat pertukaran data dan menjadi data referensi',
 '{TEKNIS}', '{TEKNIS}', 'Dokumen Rumusan Integrasi Data', 1, 1, 'MONTH', 'Program Aplikasi API', true, null),
('KALTIM', 6, 'melakukan penyimpanan dalam satu database server',
 '{TEKNIS}', '{TEKNIS}', 'Program Aplikasi API', 1, 3, 'DAY', 'Unit Tes Integrasi Aplikasi', true, null),
('KALTIM', 7, 'menyampaikan hasil integrasi data pada OPD terkait',
 '{PENGAWAS}', '{PENGAWAS}', 'Unit Tes Integrasi Aplikasi', 2, 2, 'DAY', 'Unit Tes Integrasi Aplikasi', true, null),
('KALTIM', 8, 'melakukan proses cek dan updating pada sistem yang dimilikinya',
 '{OPD}', '{OPD}', 'Unit Tes Integrasi Aplikasii', 1, 2, 'DAY', 'Validasi Aplikasi', true, null),
('KALTIM', 9, 'mempersipkan dan menyampaikan data-data hasil interchange sistem informasi',
 '{OPD,TEKNIS}', '{OPD,TEKNIS}', 'Validasi Aplikasi dan data', 1, 1, 'DAY', 'Laporan hasil validasi', true, null),
('KALTIM', 10, 'menyampaikan dokumen hasil interchange data dan integrasi sistem',
 '{PENGAWAS}', '{PENGAWAS}', 'Laporan hasil validasi', 1, 1, 'DAY', 'Integrasi Sistem Informasi', true, null),
('KALTIM', 11, 'menampilkan data integrasi dalam dashboard untuk keperluan OPD, jika sesuai maka sudah selesai dan terus dilakukan update, tetapi jika tidak maka akan kembali pada proses 3',
 '{ADMINISTRATOR,OPD}', '{OPD}', 'Integrasi Sistem Informasi', 1, 3, 'DAY', 'Integrasi Sistem Informasi', false,
 'Data integrasi pada dashboard sesuai?'),
('KALTIM', 12, 'Proses Selesai dengan pembuatan laporan hasil integrasi',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Integrasi Sistem Informasi', 3, 3, 'DAY', 'Laporan hasil Integrasi Aplikasi', true, null),

('TRENGGALEK_EKSTERNAL', 1, 'Mengajukan permohonan Integrasi SI',
 '{OPD}', '{OPD}', 'Surat Permohonan', 1, 1, 'DAY', 'Surat Keluar', true, null),
('TRENGGALEK_EKSTERNAL', 2, 'Menelaah surat Permohonan dan Disposisi petunjuk',
 '{KEPALA_DINAS}', '{KEPALA_DINAS}', 'Surat Masuk', 15, 15, 'MINUTE', 'Surat Permohonan dan Disposisi', true, null),
('TRENGGALEK_EKSTERNAL', 3, 'Menelaah surat permohonan dan menindaklanjuti Disposisi',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Surat Masuk dan Disposisi', 15, 15, 'MINUTE', 'Surat Permohonan dan Disposisi', true, null),
('TRENGGALEK_EKSTERNAL', 4, 'Melakukan pembahasan integrasi SI',
 '{TEKNIS,OPD}', '{TEKNIS}', 'Surat Permohonan dan Disposisi', 1, 1, 'DAY', 'Dokumen Rumusan Integrasi', true, null),
('TRENGGALEK_EKSTERNAL', 5, 'Menyetujui Tindakan lanjut Integrasi SI',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Surat Permohonan dan Disposisi', 1, 1, 'DAY', 'Surat Permohonan dan Disposisi', true,
 'Tindak lanjut integrasi SI disetujui?'),
('TRENGGALEK_EKSTERNAL', 6, 'Membentuk Tim Integrasi SI',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Dokumen Rumusan Integrasi', 1, 1, 'HOUR', 'Daftar Tim, Dokumen API Aplikasi', true, null),
('TRENGGALEK_EKSTERNAL', 7, 'Melakukan Proses Integrasi SI',
 '{TEKNIS}', '{TEKNIS}', 'Komputer, Dokumen API Aplikasi', 1, 1, 'WEEK', 'Program Aplikasi API', true, null),
('TRENGGALEK_EKSTERNAL', 8, 'Pengujian integrasi SI',
 '{TEKNIS,OPD}', '{TEKNIS}', 'Program Aplikasi', 1, 2, 'DAY', 'Laporan hasil pengujian', true,
 'Pengujian integrasi SI berhasil?'),
('TRENGGALEK_EKSTERNAL', 9, 'Implementasi SI',
 '{TEKNIS}', '{TEKNIS}', 'Integrasi Sistem Informasi', 2, 2, 'DAY', 'Laporan hasil integrasi Aplikasi', true, null),
('TRENGGALEK_EKSTERNAL', 10, 'Pelaporan',
 '{PENGAWAS}', '{PENGAWAS}', 'Laporan hasil Implementasi', 1, 1, 'DAY', 'Dokumen Pelaporan', true, null),

('TRENGGALEK_INTERNAL', 1, 'Mengajukan Permohonan Integrasi SI Unit Kerja',
 '{OPD}', '{OPD}', 'Dokumen Aplikasi', 1, 1, 'DAY', 'Notulen Rapat', true, null),
('TRENGGALEK_INTERNAL', 2, 'Menelaah Surat Permohonan dan Disposisi Petunjuk',
 '{KEPALA_DINAS}', '{KEPALA_DINAS}', 'Notulen Rapat', 15, 15, 'MINUTE', 'Surat Permohonan Integrasi Sistem Informasi', true, null),
('TRENGGALEK_INTERNAL', 3, 'Menelaah Surat Permohonan dan Menindaklanjuti Disposisi',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Surat Permohonan Integrasi Sistem Informasi', 1, 1, 'DAY', 'Surat Permohonan dan Disposisi', true, null),
('TRENGGALEK_INTERNAL', 4, 'Melakukan Pembahasan Integrasi SI',
 '{TEKNIS,OPD}', '{TEKNIS}', 'Surat Permohonan dan Disposisi', 1, 1, 'DAY', 'Dokumentasi Rumusan Integrasi', true, null),
('TRENGGALEK_INTERNAL', 5, 'Membentuk Tim Integrasi SI',
 '{ADMINISTRATOR}', '{ADMINISTRATOR}', 'Dokumen Rumusan Integrasi', 1, 1, 'HOUR', 'Daftar Tim, Dokumentasi API Aplikasi', true, null),
('TRENGGALEK_INTERNAL', 6, 'Melakukan Proses Integrasi SI',
 '{TEKNIS}', '{TEKNIS}', 'Komputer, Dokumentasi API Aplikasi', 1, 1, 'WEEK', 'Program Aplikasi API', true, null),
('TRENGGALEK_INTERNAL', 7, 'Pengujian Integrasi SI',
 '{TEKNIS}', '{TEKNIS}', 'Program Aplikasi API', 1, 2, 'DAY', 'Laporan Hasil Pengujian', true,
 'Pengujian integrasi SI berhasil?'),
('TRENGGALEK_INTERNAL', 8, 'Implementasi SI',
 '{TEKNIS}', '{TEKNIS}', 'Integrasi Sistem Informasi', 2, 2, 'DAY', 'Laporan hasil Integrasi Aplikasi', true, null),
('TRENGGALEK_INTERNAL', 9, 'Pelaporan',
 '{PENGAWAS}', '{PENGAWAS}', 'Laporan hasil implementasi', 1, 1, 'DAY', 'Dokumen Pelaporan', true, null);

-- Ordinary steps move on to the next one; the last step ends the integration.
insert into sop_transition (template_code, from_step, outcome, to_step, status_after)
select s.template_code, s.step_no, 'DONE', n.step_no, 'PENDING'
from sop_step s
left join sop_step n on n.template_code = s.template_code and n.step_no = s.step_no + 1
where s.decision_question is null;

-- Decision steps: "yes" moves on, "no" goes back.
insert into sop_transition (template_code, from_step, outcome, to_step, status_after) values
('KALTIM', 3, 'YES', 4, 'PENDING'),
('KALTIM', 3, 'NO', 2, 'RETURNED'),            -- back to the OPD, which redefines its data (step 2)
('KALTIM', 11, 'YES', 12, 'VALIDATED'),        -- the OPD confirms: done, and keeps being updated
('KALTIM', 11, 'NO', 3, 'RETURNED'),           -- "kembali pada proses 3"
('TRENGGALEK_EKSTERNAL', 5, 'YES', 6, 'PENDING'),
('TRENGGALEK_EKSTERNAL', 5, 'NO', 4, 'RETURNED'),
('TRENGGALEK_EKSTERNAL', 8, 'YES', 9, 'VALIDATED'),
('TRENGGALEK_EKSTERNAL', 8, 'NO', 7, 'RETURNED'),
('TRENGGALEK_INTERNAL', 7, 'YES', 8, 'VALIDATED'),
('TRENGGALEK_INTERNAL', 7, 'NO', 6, 'RETURNED');

-- Once validated, the remaining ordinary steps keep the integration validated.
update sop_transition t set status_after = 'VALIDATED'
where t.outcome = 'DONE'
  and exists (select 1 from sop_transition v
              where v.template_code = t.template_code and v.status_after = 'VALIDATED'
                and v.outcome = 'YES' and v.from_step < t.from_step);
