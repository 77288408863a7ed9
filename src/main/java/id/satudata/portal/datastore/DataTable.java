package id.satudata.portal.datastore;

import id.satudata.portal.datastore.schema.SchemaField;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Names of a dataset's typed table {@code datastore.ds_<id>} and its rollup table
 * {@code datastore.ds_<id>_rollup}. Column names come only from validated schema fields
 * and are always quoted by jOOQ.
 */
public final class DataTable {

    public static final String SCHEMA = "datastore";

    /** Dense row number in the natural order: 1..n, kept by every load. */
    public static final Field<Long> ROW = DSL.field(DSL.name("_row"), SQLDataType.BIGINT);

    /** The load that wrote the row. */
    public static final Field<Long> LOAD_ID = DSL.field(DSL.name("_load_id"), SQLDataType.BIGINT);

    private DataTable() {
    }

    public static Name name(long datasetId) {
        return DSL.name(SCHEMA, "ds_" + datasetId);
    }

    public static Table<?> table(long datasetId) {
        return DSL.table(name(datasetId));
    }

    public static Name rollupName(long datasetId) {
        return DSL.name(SCHEMA, "ds_" + datasetId + "_rollup");
    }

    public static Table<?> rollup(long datasetId) {
        return DSL.table(rollupName(datasetId));
    }

    /** A column of the data table, typed by the schema field. */
    @SuppressWarnings("unchecked")
    public static Field<Object> column(SchemaField field) {
        if (!SchemaField.NAME.matcher(field.name()).matches()) {
            throw new IllegalArgumentException("Invalid column name " + field.name());
        }
        return DSL.field(DSL.name(field.name()), (org.jooq.DataType<Object>) field.type().sqlType());
    }

    /** The same column of a table alias. */
    @SuppressWarnings("unchecked")
    public static Field<Object> column(String alias, SchemaField field) {
        return DSL.field(DSL.name(alias, field.name()), (org.jooq.DataType<Object>) field.type().sqlType());
    }

}
