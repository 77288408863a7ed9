package id.satudata.portal.region;

/**
 * The two numberings of Indonesian regions. They differ (Kemendagri 64.02 = BPS 6403 =
 * Kutai Kartanegara), so a code is only meaningful with its system.
 */
public enum CodeSystem {

    /**
     * Badan Pusat Statistik: plain digits, 2 (provinsi), 4 (kab/kota), 7 (kecamatan), 10
     * (desa).
     */
    BPS,
    /**
     * Kementerian Dalam Negeri: dotted segments 2, 2.2, 2.2.2, 2.2.2.4 (64, 64.02,
     * 64.02.05, 64.02.05.2001).
     */
    KEMENDAGRI

}
