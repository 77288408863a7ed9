package id.satudata.portal.report.integration;

/**
 * What the caller may do with an integration's report.
 *
 * @param view download the report as it stands
 * @param complete file the report as the last step's output, finishing the integration
 * @param regenerate file a new version for a finished integration
 * @param filed how many versions were filed so far
 */
public record ReportOptions(boolean view, boolean complete, boolean regenerate, int filed) {
}
