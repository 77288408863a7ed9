package id.satudata.portal.report.integration;

/** How many loads of a dataset ended in each way. */
record LoadCounts(long accepted, long rejected, long failed) {

    static final LoadCounts NONE = new LoadCounts(0, 0, 0);

}
