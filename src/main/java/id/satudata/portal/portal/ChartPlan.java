package id.satudata.portal.portal;

import id.satudata.portal.chart.ChartType;
import id.satudata.portal.datastore.Aggregate;
import id.satudata.portal.datastore.Field;

/**
 * The chart a dataset page draws: one measure aggregated per value of one dimension.
 *
 * @param countsRows the measure only counts rows (the dataset has no real measure)
 */
record ChartPlan(ChartType type, Field measure, Aggregate function, Field dimension, boolean countsRows) {
}
