package id.satudata.portal.registry;

import static id.satudata.portal.registry.DemoStory.kaltim;

import id.satudata.portal.registry.DemoStory.Leg;
import java.util.List;

/**
 * The demo's integrations, in the order they are created: first the ones other features
 * rely on ({@link DemoIntegrations}), then the rest of the province's requests in every
 * state.
 */
final class RegistryDemoStories {

    private RegistryDemoStories() {
    }

    static List<DemoStory> all() {
        return List
            .of(kaltim("DINKES", DemoIntegrations.DINKES, "SIMRS dan e-Puskesmas",
                    "Jumlah fasilitas kesehatan (rumah sakit, puskesmas, klinik) per kabupaten/kota dan jumlah "
                            + "tenaga kesehatan per jenis (dokter, perawat, bidan), tahunan 2019-2025.",
                    1.2, Leg.to(11)),
                    kaltim("DLH", DemoIntegrations.DLH, "SIPANTAU Lingkungan",
                            "Indeks Standar Pencemar Udara (ISPU) harian per stasiun pemantau dan parameter kualitas "
                                    + "air sungai (BOD, COD, DO, TSS) per titik sampling, 2021-2025.",
                            2.0, Leg.to(11)),
                    kaltim("DISHUB", DemoIntegrations.DISHUB, "SIMANTAP Perhubungan",
                            "Daftar terminal, pelabuhan dan stasiun dengan koordinat, trayek angkutan umum, dan "
                                    + "jumlah penumpang bulanan per simpul transportasi, 2022-2025.",
                            0.6, Leg.to(3),
                            Leg.no("Skenario belum memuat data penumpang bulanan; mohon dilengkapi definisi datanya."),
                            Leg.to(11)),
                    kaltim("BPBD", DemoIntegrations.BPBD, "SIBENCANA Kaltim",
                            "Kejadian bencana per jenis (banjir, tanah longsor, kebakaran hutan dan lahan) per "
                                    + "kabupaten/kota dengan korban dan kerugian, 2018-2025.",
                            3.0, Leg.to(11),
                            Leg.no("Data kejadian tahun 2019 dan 2020 tidak tampil di dasbor; mohon dilengkapi sebelum "
                                    + "divalidasi.")),
                    kaltim("BAPPEDA", DemoIntegrations.BAPPEDA, "SIPD Perencanaan",
                            "Indikator makro pembangunan: pertumbuhan ekonomi, PDRB per kapita, IPM, tingkat "
                                    + "kemiskinan, TPT dan rasio gini, tahunan 2015-2025.",
                            1.0, Leg.to(12)),
                    kaltim("DKP3A", DemoIntegrations.DKP3A, "SIAK Terpadu",
                            "Jumlah penduduk menurut kabupaten/kota, jenis kelamin dan kelompok umur, kepemilikan "
                                    + "KTP-el dan akta kelahiran, semesteran 2020-2025.",
                            4.0, Leg.finish()),
                    kaltim("DISDIKBUD", DemoIntegrations.DISDIKBUD, "Dapodik",
                            "Jumlah satuan pendidikan, peserta didik, rombongan belajar dan guru per jenjang (SMA, "
                                    + "SMK, SLB) per kabupaten/kota, tahun ajaran 2019/2020-2024/2025.",
                            2.5, Leg.to(11),
                            Leg.no("Jumlah peserta didik SMK tahun ajaran 2022/2023 berbeda dengan Dapodik; mohon "
                                    + "diperiksa ulang pemetaan kolomnya."),
                            Leg.finish()),
                    kaltim("BKD", "Integrasi data kepegawaian SIMPEG", "SIMPEG",
                            "Jumlah ASN per OPD, golongan, jabatan, pendidikan dan jenis kelamin, bulanan.", 6.0,
                            Leg.to(5)),
                    kaltim("BPKAD", "Integrasi data realisasi anggaran", "SIPD Keuangan",
                            "Pagu dan realisasi APBD per OPD, program dan jenis belanja, bulanan 2023-2025.", 9.0,
                            Leg.to(4)),
                    kaltim("BAPENDA", "Integrasi data pajak daerah dan e-Retribusi", "e-Retribusi dan SAMSAT Online",
                            "Penerimaan pajak kendaraan bermotor, BBNKB dan retribusi daerah per UPTD, harian.", 8.0,
                            Leg.to(6)),
                    kaltim("RSUD-AWS", "Integrasi data pelayanan rumah sakit", "SIMRS RSUD AWS",
                            "Kunjungan rawat jalan dan rawat inap, BOR, LOS dan 10 besar penyakit, bulanan.", 1.0,
                            Leg.to(7)),
                    kaltim("DINSOS", "Integrasi data terpadu kesejahteraan sosial (DTKS)", "SIKS-NG",
                            "Jumlah keluarga penerima manfaat bantuan sosial per program dan kabupaten/kota.", 4.0,
                            Leg.to(3), Leg.no("Definisi data belum memisahkan penerima PKH dan BPNT; mohon dirinci.")),
                    kaltim("DPMPTSP", "Integrasi data perizinan berusaha", "SiCantik Cloud dan OSS RBA",
                            "Izin terbit per sektor usaha dan kabupaten/kota serta nilai investasi, bulanan.", 0.3,
                            Leg.to(2)),
                    kaltim("DISNAKERTRANS", "Integrasi data pencari kerja dan lowongan", "SIAPkerja Daerah",
                            "Pencari kerja terdaftar, lowongan dan penempatan per kabupaten/kota, bulanan.", 0.2,
                            Leg.to(1)),
                    kaltim("DKP", "Integrasi data produksi perikanan tangkap", "SIPERIKANAN",
                            "Produksi perikanan tangkap dan budidaya per komoditas dan kabupaten/kota, triwulanan.",
                            0.8, Leg.to(8)),
                    kaltim("DISBUN", "Integrasi data luas dan produksi perkebunan", "SIPERBUN",
                            "Luas areal dan produksi kelapa sawit, karet, kakao dan kelapa per kabupaten, tahunan.",
                            5.0, Leg.to(9)),
                    kaltim("DPTPH", "Integrasi data harga pangan harian", "SIGAP Pangan",
                            "Harga eceran harian 20 komoditas pangan pokok di pasar pantauan per kabupaten/kota.", 6.0,
                            Leg.finish()),
                    kaltim("DISPAR", "Integrasi data kunjungan wisatawan", "SIPARIWISATA",
                            "Kunjungan wisatawan nusantara dan mancanegara per destinasi, bulanan 2022-2025.", 0.5,
                            Leg.to(10)),
                    kaltim("DESDM", "Integrasi data izin pertambangan dan energi", "SIMINERBA Daerah",
                            "Izin usaha pertambangan aktif, produksi batubara dan rasio elektrifikasi desa.", 26.0,
                            Leg.to(3)),
                    kaltim("DPUPR-PERA", "Integrasi data kondisi jalan dan jembatan", "SIJALI",
                            "Panjang jalan provinsi menurut kondisi (baik, sedang, rusak) dan daftar jembatan.", 23.0,
                            Leg.to(5)),
                    new DemoStory("DISPORA", "Integrasi data atlet dan sarana olahraga", "SIOR",
                            "Atlet berprestasi per cabang olahraga dan sarana olahraga milik daerah.",
                            "TRENGGALEK_EKSTERNAL",
                            List.of(Leg.to(5),
                                    Leg.no("Rumusan belum mencantumkan data sarana olahraga milik kabupaten/kota."),
                                    Leg.to(7)),
                            2.0, false),
                    new DemoStory("DPK", "Integrasi data koleksi dan anggota perpustakaan", "INLISLite",
                            "Jumlah koleksi per klasifikasi, anggota dan kunjungan perpustakaan, bulanan.",
                            "TRENGGALEK_INTERNAL", List.of(Leg.finish()), 10.0, false),
                    new DemoStory("DISKOMINFO", "Integrasi data layanan aduan SP4N-LAPOR!", "SP4N-LAPOR!",
                            "Aduan masyarakat per kategori, OPD tujuan dan status tindak lanjut, harian.",
                            "TRENGGALEK_INTERNAL", List.of(Leg.to(7)), 1.5, false),
                    new DemoStory("DPKH", "Integrasi data populasi ternak dan kesehatan hewan", "iSIKHNAS",
                            "Populasi ternak per jenis dan kasus penyakit hewan menular per kabupaten, bulanan.",
                            "TRENGGALEK_EKSTERNAL",
                            List.of(Leg.to(8), Leg.no("Uji tarik data gagal: format tanggal."), Leg.to(9)), 0.7, false),
                    kaltim("DISHUT", "Integrasi data titik panas dan kebakaran hutan", "SiPongi Daerah",
                            "Titik panas harian dan luas kebakaran hutan dan lahan per kabupaten.", 3.0, Leg.to(4))
                        .requestedByStaff(),
                    kaltim("RSUD-KANUDJOSO", "Integrasi data rujukan pasien", "SISRUTE",
                            "Rujukan masuk dan keluar per fasilitas asal, diagnosis dan status, harian.", 0.4,
                            Leg.to(6)),
                    kaltim("DPMPD", "Integrasi data profil desa", "Prodeskel",
                            "Profil desa: jumlah penduduk, status IDM, BUMDes dan dana desa per desa, tahunan.", 12.0,
                            Leg.finish()),
                    kaltim("SETDA", "Integrasi data produk hukum daerah (JDIH)", "JDIH Kaltim",
                            "Peraturan daerah, peraturan gubernur dan keputusan gubernur dengan status berlaku.", 0.1,
                            Leg.to(1))
                        .requestedByStaff());
    }

}
