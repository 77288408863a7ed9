/**
 * The charts of a dataset, one rule for the dashboard, the public portal and the report:
 * the automatic choice from the schema and the data ({@code ChartChoice},
 * {@code SchemaFactsReader}), the charts staff saved and their storage
 * ({@code ChartRepository}), which charts a dataset shows and who may change them
 * ({@code DashboardCharts}) and how a chart is drawn from the data
 * ({@code ChartDrawing}). Uses datastore (queries), region (maps) and the drawing toolkit
 * in {@code base.chart}.
 */
@NullMarked
package id.satudata.portal.chart;

import org.jspecify.annotations.NullMarked;
