/**
 * Back-office views of the hub's datasets: list, detail tabs (schema, preview, upload,
 * history); and {@link id.satudata.portal.datastore.ui.LazyRowGrid}, the grid of a
 * dataset's rows that the dashboards show too.
 */
@NullMarked
package id.satudata.portal.datastore.ui;

import org.jspecify.annotations.NullMarked;
