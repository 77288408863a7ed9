package id.satudata.portal.report.integration;

import id.satudata.portal.base.chart.ChartSpec;

/** A chart of the OPD dashboard for one of the integration's datasets. */
record DatasetChart(String datasetTitle, ChartSpec spec) {
}
