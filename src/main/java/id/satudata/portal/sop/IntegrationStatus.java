package id.satudata.portal.sop;

/** The status everyone asks about; each SOP transition says which status follows it. */
public enum IntegrationStatus {

    /** Moving through the steps. */
    PENDING,
    /**
     * Sent back by a "no" decision (Kaltim step 11: back to step 3); the current step
     * says where to.
     */
    RETURNED,
    /**
     * Confirmed by the OPD (Kaltim step 11 "yes"): done, and the data keeps being
     * updated.
     */
    VALIDATED

}
