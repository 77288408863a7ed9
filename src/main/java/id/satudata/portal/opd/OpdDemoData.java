package id.satudata.portal.opd;

import id.satudata.portal.demo.DemoContext;
import id.satudata.portal.demo.DemoDataContributor;
import id.satudata.portal.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo province's organisations (the perangkat daerah of a province such as
 * Kalimantan Timur) and an account for every role: staff of the Diskominfo and one staff
 * member per OPD.
 */
@Component
class OpdDemoData implements DemoDataContributor {

    /** code, short name, full name. */
    static final List<List<String>> ORGANISATIONS = List.of(List.of("SETDA", "Setda", "Sekretariat Daerah"),
            List.of("SETWAN", "Setwan", "Sekretariat DPRD"),
            List.of("INSPEKTORAT", "Inspektorat", "Inspektorat Daerah"),
            List.of("BAPPEDA", "Bappeda", "Badan Perencanaan Pembangunan Daerah"),
            List.of("BPKAD", "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
            List.of("BAPENDA", "Bapenda", "Badan Pendapatan Daerah"), List.of("BKD", "BKD", "Badan Kepegawaian Daerah"),
            List.of("BPSDM", "BPSDM", "Badan Pengembangan Sumber Daya Manusia"),
            List.of("BRIDA", "BRIDA", "Badan Riset dan Inovasi Daerah"),
            List.of("BPBD", "BPBD", "Badan Penanggulangan Bencana Daerah"),
            List.of("KESBANGPOL", "Kesbangpol", "Badan Kesatuan Bangsa dan Politik"),
            List.of("BADAN-PENGHUBUNG", "Badan Penghubung", "Badan Penghubung Daerah"),
            List.of("DISDIKBUD", "Disdikbud", "Dinas Pendidikan dan Kebudayaan"),
            List.of("DINKES", "Dinkes", "Dinas Kesehatan"),
            List.of("DPUPR-PERA", "DPUPR PERA", "Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat"),
            List.of("DISPERKIM", "Disperkim", "Dinas Perumahan dan Kawasan Permukiman"),
            List.of("SATPOLPP", "Satpol PP", "Satuan Polisi Pamong Praja"), List.of("DINSOS", "Dinsos", "Dinas Sosial"),
            List.of("DISNAKERTRANS", "Disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi"),
            List.of("DKP3A", "DKP3A", "Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak"),
            List.of("DPMPD", "DPMPD", "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa"),
            List.of("DLH", "DLH", "Dinas Lingkungan Hidup"), List.of("DISHUB", "Dishub", "Dinas Perhubungan"),
            List.of("DISKOMINFO", "Diskominfo", "Dinas Komunikasi dan Informatika"),
            List.of("DISKOP-UKM", "Diskop UKM", "Dinas Koperasi dan Usaha Kecil dan Menengah"),
            List.of("DPMPTSP", "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            List.of("DISPORA", "Dispora", "Dinas Pemuda dan Olahraga"),
            List.of("DPK", "DPK", "Dinas Perpustakaan dan Kearsipan"),
            List.of("DKP", "DKP", "Dinas Kelautan dan Perikanan"), List.of("DISPAR", "Dispar", "Dinas Pariwisata"),
            List.of("DPTPH", "DPTPH", "Dinas Pangan, Tanaman Pangan dan Hortikultura"),
            List.of("DISBUN", "Disbun", "Dinas Perkebunan"),
            List.of("DPKH", "DPKH", "Dinas Peternakan dan Kesehatan Hewan"),
            List.of("DISHUT", "Dishut", "Dinas Kehutanan"),
            List.of("DESDM", "Dinas ESDM", "Dinas Energi dan Sumber Daya Mineral"),
            List.of("DISPERINDAGRI", "Disperindagri", "Dinas Perindustrian, Perdagangan dan Perdagangan Dalam Negeri"),
            List.of("RSUD-AWS", "RSUD AWS", "RSUD Abdul Wahab Sjahranie"),
            List.of("RSUD-KANUDJOSO", "RSUD Kanudjoso", "RSUD Kanudjoso Djatiwibowo"),
            List.of("RSJD-AHM", "RSJD AHM", "RSJD Atma Husada Mahakam"),
            List.of("BIRO-ORGANISASI", "Biro Organisasi", "Biro Organisasi Sekretariat Daerah"));

    /** username, full name, roles; all belong to the agency running the portal. */
    private static final List<StaffAccount> STAFF = List.of(
            new StaffAccount("admin", "Ir. Hendra Saputra, M.T.", Set.of(Role.ADMINISTRATOR)),
            new StaffAccount("pengawas", "Rina Marlina, S.Kom.", Set.of(Role.PENGAWAS)),
            new StaffAccount("teknis", "Agus Prasetyo, S.T.", Set.of(Role.TEKNIS)),
            new StaffAccount("teknis2", "Dewi Lestari, S.Kom.", Set.of(Role.TEKNIS)),
            new StaffAccount("kadis", "Drs. Muhammad Faisal, M.Si.", Set.of(Role.KEPALA_DINAS)));

    private static final List<String> GIVEN_NAMES = List.of("Andi", "Budi", "Citra", "Dian", "Eka", "Fajar", "Gita",
            "Hadi", "Indah", "Joko", "Kurnia", "Lina", "Made", "Nur", "Putri", "Rahmat", "Sari", "Taufik", "Wahyu",
            "Yusuf");

    private static final List<String> FAMILY_NAMES = List.of("Hidayat", "Santoso", "Wijaya", "Rahman", "Kusuma",
            "Siregar", "Nasution", "Pratama", "Setiawan", "Purnomo", "Lubis", "Hakim", "Saragih", "Gunawan",
            "Syahputra");

    private record StaffAccount(String username, String fullName, Set<Role> roles) {
    }

    private final OpdRepository opds;

    private final UserService users;

    private final PasswordEncoder passwordEncoder;

    OpdDemoData(OpdRepository opds, UserService users, PasswordEncoder passwordEncoder) {
        this.opds = opds;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(DemoContext context) {
        // one hash for all demo accounts: bcrypt is deliberately slow
        String hash = passwordEncoder.encode(context.password());
        for (StaffAccount staff : STAFF) {
            users.createUnchecked(new NewUser(staff.username(), staff.fullName(), null, staff.roles(), null), hash);
        }
        for (List<String> organisation : ORGANISATIONS) {
            Opd opd = opds.insert(new NewOpd(organisation.get(0), organisation.get(2), organisation.get(1)));
            String fullName = GIVEN_NAMES.get(context.random().nextInt(GIVEN_NAMES.size())) + " "
                    + FAMILY_NAMES.get(context.random().nextInt(FAMILY_NAMES.size()));
            users.createUnchecked(new NewUser(usernameFor(opd), fullName, null, Set.of(Role.OPD), opd.id()), hash);
        }
    }

    /** OPD staff sign in as {@code opd.<code>}, for example {@code opd.dinkes}. */
    static String usernameFor(Opd opd) {
        return "opd." + opd.code().toLowerCase(Locale.ROOT);
    }

}
