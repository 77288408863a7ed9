/**
 * Reading a dataset's rows: filters, sort and keyset pages ({@code Cursors}), counts,
 * distinct values and aggregations (from rollups when one fits), the position and sort
 * indexes that keep them fast, and the CSV/JSON/XLSX export. {@code DatasetQueryService}
 * is the entry point and checks the caller.
 */
@NullMarked
package id.satudata.portal.datastore.query;

import org.jspecify.annotations.NullMarked;
