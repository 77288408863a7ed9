/**
 * Datasets of the exchange hub: the dataset record and its access rules, one typed table
 * per dataset ({@code DataTable}, {@code DataTables}) and its COPY row encoding
 * ({@code CopyBuffer}, used by ingest and rollup), creating datasets (also from a file)
 * and the demo datasets. What the table holds is in {@code schema}, how rows get in is in
 * {@code ingest}, how they are read in {@code query}, their pre-aggregation in
 * {@code rollup}, the screens in {@code ui}.
 */
@NullMarked
package id.satudata.portal.datastore;

import org.jspecify.annotations.NullMarked;
