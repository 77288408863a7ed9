package id.satudata.portal.registry;

/**
 * The registry demo's fixed story, which other features build on. The integrations are
 * created in this order, so their codes follow it (numbered within the year each was
 * requested in); find them by OPD code and title.
 */
public final class DemoIntegrations {

    /** At Kaltim step 11, awaiting the OPD's decision. */
    public static final String DINKES = "Integrasi data fasilitas dan tenaga kesehatan";

    /** At Kaltim step 11, awaiting the OPD's decision. */
    public static final String DLH = "Integrasi data kualitas udara (ISPU) dan air sungai";

    /** At Kaltim step 11, awaiting the OPD's decision. */
    public static final String DISHUB = "Integrasi data stasiun dan angkutan";

    /** Returned to step 3 by a step-11 "no" (years missing in the data). */
    public static final String BPBD = "Integrasi data kejadian bencana";

    /** Validated (step 11 yes), step 12 (the report) still open. */
    public static final String BAPPEDA = "Integrasi data indikator makro pembangunan";

    /** Validated, and step 12 done: finished. */
    public static final String DKP3A = "Integrasi data kependudukan";

    /**
     * Returned to step 3 by a step-11 "no", then validated on the second pass; finished.
     */
    public static final String DISDIKBUD = "Integrasi data pokok pendidikan (Dapodik)";

    private DemoIntegrations() {
    }

}
