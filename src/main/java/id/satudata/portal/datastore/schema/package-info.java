/**
 * What a dataset's table looks like: its fields ({@code Field}, types, roles), the schema
 * as JSON, inference of a schema from a sample, schema versions and the evolution of the
 * table when the schema changes (with the data a change would lose,
 * {@code ColumnChecks}), and how a text value reads as a field's type ({@code Values}).
 * Used by ingest, query and rollup; uses no other datastore sub-package but the error
 * reasons of ingest.
 */
@NullMarked
package id.satudata.portal.datastore.schema;

import org.jspecify.annotations.NullMarked;
