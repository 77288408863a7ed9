package id.satudata.portal.datastore.schema;

import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** The Frictionless field types a dataset column may have, with their PostgreSQL type. */
public enum FieldType {

    STRING(SQLDataType.CLOB, "text"), INTEGER(SQLDataType.BIGINT, "bigint"), NUMBER(SQLDataType.DOUBLE, "float8"),
    BOOLEAN(SQLDataType.BOOLEAN, "boolean"), DATE(SQLDataType.LOCALDATE, "date"), YEAR(SQLDataType.INTEGER, "integer"),
    DATETIME(SQLDataType.OFFSETDATETIME, "timestamptz");

    private final DataType<?> sqlType;

    private final String sqlName;

    FieldType(DataType<?> sqlType, String sqlName) {
        this.sqlType = sqlType;
        this.sqlName = sqlName;
    }

    /** The PostgreSQL type name (a fixed keyword, used in ALTER ... USING casts). */
    public String sqlName() {
        return sqlName;
    }

    public DataType<?> sqlType() {
        return sqlType;
    }

    /** Whether a measure of this type can be summed. */
    public boolean numeric() {
        return this == INTEGER || this == NUMBER;
    }

    /**
     * Whether a dimension of this type is kept in the rollups (its text form is the same
     * in Java and PostgreSQL).
     */
    public boolean rollupDimension() {
        return this == STRING || this == INTEGER || this == YEAR || this == BOOLEAN || this == DATE;
    }

    /** The Frictionless name ("string", "integer" ...). */
    public String frictionless() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

}
