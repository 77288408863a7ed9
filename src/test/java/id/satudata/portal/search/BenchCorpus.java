package id.satudata.portal.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Generates the benchmark's catalogue: realistic Indonesian dataset titles and
 * descriptions (measure, subject, breakdown, region, years) of 14 topics over the given
 * OPDs, written straight into dataset, dataset_metadata and dataset_tag with
 * {@code unnest} batches. 80% are PUBLIC, 10% INTERNAL, 10% DRAFT.
 */
public final class BenchCorpus {

    static final Map<String, List<String>> SUBJECTS = Map.ofEntries(
            Map.entry("kesehatan",
                    List.of("Puskesmas", "Rumah Sakit", "Tenaga Kesehatan", "Dokter Umum", "Bidan", "Balita Stunting",
                            "Kasus Demam Berdarah", "Imunisasi Dasar Lengkap", "Kematian Ibu", "Kematian Bayi",
                            "Posyandu Aktif", "Kasus Tuberkulosis", "Peserta Jaminan Kesehatan")),
            Map.entry("pendidikan",
                    List.of("Sekolah Dasar", "Guru", "Murid SMA", "Angka Partisipasi Sekolah", "Rata-rata Lama Sekolah",
                            "Perguruan Tinggi", "Ruang Kelas Rusak", "Anak Putus Sekolah", "Penerima Beasiswa",
                            "Pendidikan Anak Usia Dini")),
            Map.entry("kependudukan",
                    List.of("Penduduk", "Penduduk Miskin", "Kepadatan Penduduk", "Rumah Tangga", "Kelahiran",
                            "Perpindahan Penduduk", "Kartu Keluarga", "Perekaman KTP Elektronik")),
            Map.entry("ekonomi",
                    List.of("Produk Domestik Regional Bruto", "Inflasi", "Usaha Mikro Kecil Menengah", "Koperasi Aktif",
                            "Pasar Tradisional", "Nilai Ekspor", "Realisasi Investasi", "Pendapatan Asli Daerah")),
            Map.entry("pertanian",
                    List.of("Produksi Padi", "Luas Panen", "Produksi Kelapa Sawit", "Populasi Ternak", "Kelompok Tani",
                            "Produksi Jagung", "Penyuluh Pertanian")),
            Map.entry("lingkungan-hidup",
                    List.of("Timbulan Sampah", "Kualitas Air Sungai", "Ruang Terbuka Hijau", "Titik Panas",
                            "Luas Hutan", "Bank Sampah", "Indeks Kualitas Udara")),
            Map.entry("perhubungan",
                    List.of("Kendaraan Bermotor", "Panjang Jalan", "Penumpang Bandara", "Angkutan Umum",
                            "Kecelakaan Lalu Lintas", "Arus Barang Pelabuhan")),
            Map.entry("kebencanaan",
                    List.of("Kejadian Banjir", "Tanah Longsor", "Kebakaran Hutan dan Lahan", "Korban Bencana",
                            "Desa Tangguh Bencana")),
            Map.entry("pemerintahan",
                    List.of("Aparatur Sipil Negara", "Realisasi Anggaran", "Desa dan Kelurahan", "Pelayanan Perizinan",
                            "Pengaduan Masyarakat")),
            Map.entry("sosial",
                    List.of("Penyandang Disabilitas", "Penerima Bantuan Sosial", "Anak Terlantar",
                            "Lanjut Usia Terlantar", "Keluarga Penerima Manfaat")),
            Map.entry("infrastruktur",
                    List.of("Jembatan", "Jaringan Irigasi", "Rumah Tidak Layak Huni", "Akses Air Minum Layak",
                            "Sanitasi Layak")),
            Map.entry("energi",
                    List.of("Rasio Elektrifikasi", "Produksi Batu Bara", "Izin Usaha Pertambangan",
                            "Pembangkit Listrik")),
            Map.entry("pariwisata",
                    List.of("Kunjungan Wisatawan", "Hotel dan Penginapan", "Objek Wisata", "Cagar Budaya")),
            Map.entry("kelautan-perikanan",
                    List.of("Produksi Perikanan Tangkap", "Nelayan", "Budidaya Rumput Laut", "Kapal Perikanan")));

    static final Map<String, List<String>> TAGS = Map.ofEntries(
            Map.entry("kesehatan", List.of("fasilitas-kesehatan", "gizi", "penyakit-menular", "ibu-dan-anak")),
            Map.entry("pendidikan", List.of("sekolah", "guru", "siswa", "literasi")),
            Map.entry("kependudukan", List.of("penduduk", "kemiskinan", "catatan-sipil")),
            Map.entry("ekonomi", List.of("pdrb", "umkm", "harga", "investasi")),
            Map.entry("pertanian", List.of("pangan", "perkebunan", "peternakan")),
            Map.entry("lingkungan-hidup", List.of("sampah", "air", "hutan", "iklim")),
            Map.entry("perhubungan", List.of("transportasi", "jalan", "bandara")),
            Map.entry("kebencanaan", List.of("banjir", "karhutla", "mitigasi")),
            Map.entry("pemerintahan", List.of("anggaran", "asn", "pelayanan-publik")),
            Map.entry("sosial", List.of("bansos", "disabilitas", "perlindungan-sosial")),
            Map.entry("infrastruktur", List.of("jalan", "air-minum", "perumahan")),
            Map.entry("energi", List.of("listrik", "tambang", "batu-bara")),
            Map.entry("pariwisata", List.of("wisata", "budaya", "hotel")),
            Map.entry("kelautan-perikanan", List.of("perikanan", "nelayan", "laut")));

    static final List<String> MEASURES = List.of("Jumlah", "Persentase", "Rasio", "Angka", "Data", "Rekapitulasi",
            "Indeks", "Capaian");

    static final List<String> BREAKDOWNS = List.of("Menurut Kabupaten/Kota", "Menurut Kecamatan",
            "Menurut Jenis Kelamin", "Menurut Kelompok Umur", "per Bulan", "per Triwulan", "Menurut Desa/Kelurahan");

    static final List<String> REGIONS = List.of("Kalimantan Timur", "Kabupaten Paser", "Kabupaten Kutai Barat",
            "Kabupaten Kutai Kartanegara", "Kabupaten Kutai Timur", "Kabupaten Berau", "Kabupaten Penajam Paser Utara",
            "Kabupaten Mahakam Ulu", "Kota Balikpapan", "Kota Samarinda", "Kota Bontang");

    static final List<String> EXTRAS = List.of("Angka sementara dapat berubah setelah verifikasi oleh walidata.",
            "Pengumpulan data dilakukan melalui laporan rutin perangkat daerah.",
            "Metode penghitungan mengikuti pedoman Badan Pusat Statistik.",
            "Data disajikan untuk mendukung perencanaan pembangunan daerah.",
            "Satuan mengikuti standar data statistik sektoral.",
            "Data tahun terakhir merupakan angka sangat sementara.");

    private static final int BATCH = 5000;

    private final Random random = new Random(20261123);

    private final List<String> topics = List.copyOf(new java.util.TreeSet<>(SUBJECTS.keySet()));

    public void generate(DataSource dataSource, List<Long> opdIds, List<String> opdNames, int count)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> topicIds = topicIds(c);
            for (int from = 0; from < count; from += BATCH) {
                batch(c, opdIds, opdNames, topicIds, from, Math.min(count, from + BATCH));
            }
            c.commit();
        }
    }

    private void batch(Connection c, List<Long> opdIds, List<String> opdNames, Map<String, Long> topicIds, int from,
            int to) throws SQLException {
        int n = to - from;
        Long[] opd = new Long[n];
        String[] slug = new String[n];
        String[] title = new String[n];
        String[] description = new String[n];
        String[] visibility = new String[n];
        Long[] rows = new Long[n];
        Integer[] ageMinutes = new Integer[n];
        Long[] topic = new Long[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        List<String> tagSlugs = new ArrayList<>();
        List<String> tagValues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int o = random.nextInt(opdIds.size());
            String t = topics.get(random.nextInt(topics.size()));
            String subject = pick(SUBJECTS.get(t));
            String measure = pick(MEASURES);
            String region = pick(REGIONS);
            int y2 = 2015 + random.nextInt(11);
            int y1 = y2 - random.nextInt(6);
            opd[i] = opdIds.get(o);
            slug[i] = "bench-" + (from + i);
            title[i] = measure + " " + subject + " " + pick(BREAKDOWNS) + " di " + region + " Tahun "
                    + (y1 == y2 ? y2 : y1 + "-" + y2);
            description[i] = "Data " + measure.toLowerCase() + " " + subject.toLowerCase() + " di " + region + " tahun "
                    + y1 + " sampai " + y2 + ". Data bersumber dari " + opdNames.get(o)
                    + " dan diperbarui secara berkala. " + pick(EXTRAS) + " " + pick(EXTRAS);
            int v = random.nextInt(10);
            visibility[i] = v < 8 ? "PUBLIC" : v == 8 ? "INTERNAL" : "DRAFT";
            rows[i] = random.nextInt(20) == 0 ? 0L : 10L + random.nextInt(5000);
            ageMinutes[i] = random.nextInt(60 * 24 * 365 * 3);
            topic[i] = topicIds.get(t);
            start[i] = y1;
            end[i] = y2;
            List<String> pool = TAGS.get(t);
            int tags = 1 + random.nextInt(Math.min(3, pool.size()));
            for (String tag : new java.util.LinkedHashSet<>(List.of(pick(pool), pick(pool), pick(pool))).stream()
                .limit(tags)
                .toList()) {
                tagSlugs.add(slug[i]);
                tagValues.add(tag);
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into dataset (opd_id, slug, title, description, visibility, row_count, update_frequency,
                                     created_at, updated_at)
                select o, s, t, d, v, r, 'YEARLY', now() - make_interval(mins => a), now() - make_interval(mins => a)
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[])
                    as x(o, s, t, d, v, r, a)""")) {
            Object[][] columns = { opd, slug, title, description, visibility, rows, ageMinutes };
            String[] types = { "bigint", "text", "text", "text", "text", "bigint", "integer" };
            for (int i = 0; i < columns.length; i++) {
                s.setArray(i + 1, c.createArrayOf(types[i], columns[i]));
            }
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into dataset_metadata (dataset_id, topic_id, period_start, period_end, unit, released_at,
                                              updated_at)
                select d.id, x.t, x.s, x.e, 'unit', case when d.visibility = 'PUBLIC' then d.updated_at end,
                       d.updated_at
                from unnest(?::text[], ?::bigint[], ?::int[], ?::int[]) as x(slug, t, s, e)
                join dataset d on d.slug = x.slug""")) {
            s.setArray(1, c.createArrayOf("text", slug));
            s.setArray(2, c.createArrayOf("bigint", topic));
            s.setArray(3, c.createArrayOf("integer", start));
            s.setArray(4, c.createArrayOf("integer", end));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into dataset_tag (dataset_id, tag)
                select d.id, x.tag from unnest(?::text[], ?::text[]) as x(slug, tag) join dataset d on d.slug = x.slug
                on conflict do nothing""")) {
            Array slugs = c.createArrayOf("text", tagSlugs.toArray());
            s.setArray(1, slugs);
            s.setArray(2, c.createArrayOf("text", tagValues.toArray()));
            s.executeUpdate();
        }
    }

    private Map<String, Long> topicIds(Connection c) throws SQLException {
        Map<String, Long> ids = new java.util.HashMap<>();
        try (var s = c.createStatement(); var r = s.executeQuery("select code, id from catalog_topic")) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

}
