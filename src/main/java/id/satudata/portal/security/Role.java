package id.satudata.portal.security;

import java.util.Set;

/** The roles of the SOPs (actor columns) plus the role of an OPD's own staff. */
public enum Role {

    /**
     * Pejabat Administrator Bidang TIK (Kepala Bidang in Trenggalek): reviews, decides,
     * may act on any step.
     */
    ADMINISTRATOR,
    /** Pejabat Pengawas / Kasi Pengelolaan Data dan Integrasi SI. */
    PENGAWAS,
    /** Tim Teknis: APIs, schemas, loads. */
    TEKNIS,
    /** Staff of one OPD, bound to it. */
    OPD,
    /** Kepala Dinas: dispositions. */
    KEPALA_DINAS;

    /**
     * Roles of the agency running the portal, who see every OPD's integrations and data.
     */
    public static final Set<Role> STAFF = Set.of(ADMINISTRATOR, PENGAWAS, TEKNIS, KEPALA_DINAS);

    /** Walidata roles: may release and withdraw datasets. */
    public static final Set<Role> WALIDATA = Set.of(ADMINISTRATOR, PENGAWAS);

    public String authority() {
        return "ROLE_" + name();
    }

}
