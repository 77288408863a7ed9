/**
 * Back-office views of the hub's datasets: list, detail tabs (schema, preview, upload,
 * history).
 */
@NullMarked
package id.satudata.portal.datastore.ui;

import org.jspecify.annotations.NullMarked;
