package id.satudata.portal.datastore.query;

/** How many rows lack a value in a column (data quality). */
public record ColumnNulls(String column, long nulls, long rows) {
}
