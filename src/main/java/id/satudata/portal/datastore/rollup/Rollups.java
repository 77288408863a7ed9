package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The rollups of a dataset: for every dimension and every pair of dimensions (but a pair
 * that is the primary key), per group the row count and sum, count (non-null), min and
 * max of every measure. Kept in {@code datastore.ds_<id>_rollup} with the grouping's name
 * in {@code g}, the dimension values as text in {@code v1}, {@code v2} and one column per
 * measure and aggregate ({@code <measure>__sum} ...). Every load maintains them in its
 * own transaction.
 * <p>
 * A grouping nearly as large as the table ({@link #sparse}) is not kept: it holds no rows
 * in the rollup table, and what it would answer scans the table. Whether a grouping is
 * kept is therefore whether the rollup table holds rows for it (an empty dataset has
 * nothing to answer either way).
 */
public final class Rollups {

    /** Dimensions beyond this many are not rolled up (pairs grow quadratically). */
    public static final int MAX_DIMENSIONS = 12;

    public static final String G = "g";

    public static final String V1 = "v1";

    public static final String V2 = "v2";

    public static final String ROWS = "_rows";

    /** Groupings of at most this many groups are always kept, whatever the data. */
    static final int ALWAYS_KEPT_GROUPS = 10_000;

    /**
     * How many times fewer cells (groups × rollup columns) than the table (rows × table
     * columns) a larger grouping must hold to be kept.
     */
    static final int MIN_GAIN = 4;

    /** One grouping: one or two dimensions. */
    public record Grouping(String key, List<SchemaField> dimensions) {
    }

    /** The aggregates kept per measure. */
    public enum Kind {

        SUM, CNT, MIN, MAX;

        public String column(SchemaField measure) {
            return measure.name() + "__" + name().toLowerCase(java.util.Locale.ROOT);
        }

        public DataType<?> type(SchemaField measure) {
            return switch (this) {
                case CNT -> SQLDataType.BIGINT;
                case SUM -> measure.type() == FieldType.INTEGER ? SQLDataType.NUMERIC : SQLDataType.DOUBLE;
                default -> measure.type().sqlType();
            };
        }

    }

    private Rollups() {
    }

    public static List<Grouping> groupings(TableSchema schema) {
        List<SchemaField> dims = schema.rollupDimensions();
        List<Grouping> groupings = new ArrayList<>();
        for (SchemaField d : dims) {
            groupings.add(new Grouping(d.name(), List.of(d)));
        }
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i + 1; j < dims.size(); j++) {
                if (isKey(schema, dims.get(i), dims.get(j))) {
                    continue;
                }
                groupings
                    .add(new Grouping(key(dims.get(i).name(), dims.get(j).name()), List.of(dims.get(i), dims.get(j))));
            }
        }
        return groupings;
    }

    /**
     * Whether a grouping of this many groups over this many rows is not worth keeping:
     * reading it would be hardly cheaper than scanning the table (wide tables: 25
     * measures make a rollup row 100 columns wide; a village-by-year grouping of a
     * village table has as many groups as rows), while every load would write it.
     */
    static boolean sparse(TableSchema schema, long groups, long rows) {
        return groups > ALWAYS_KEPT_GROUPS && costly(schema, groups, rows);
    }

    /** Whether the groups hold more than a {@link #MIN_GAIN}th of the table's cells. */
    static boolean costly(TableSchema schema, long groups, long rows) {
        long rollupColumns = 4 + 4L * schema.measures().size();
        long tableColumns = 2 + schema.fields().size();
        return groups * rollupColumns * MIN_GAIN > rows * tableColumns;
    }

    /**
     * Whether the pair is the table's primary key: grouped by it, every group is one row,
     * so its rollup would copy the table (as many rows, kept at every load) and answer no
     * faster; such aggregations scan the table.
     */
    static boolean isKey(TableSchema schema, SchemaField first, SchemaField second) {
        return schema.primaryKey().size() == 2 && schema.primaryKey().contains(first.name())
                && schema.primaryKey().contains(second.name());
    }

    /** The grouping key of two dimension names (order as in the schema). */
    static String key(String first, String second) {
        return first + "," + second;
    }

    static Field<Object> col(String name, DataType<?> type) {
        @SuppressWarnings("unchecked")
        DataType<Object> t = (DataType<Object>) type;
        return DSL.field(DSL.name(name), t);
    }

    /**
     * The rollup table's columns: group, values, row count, then per measure each kind.
     */
    static List<Field<Object>> columns(TableSchema schema) {
        List<Field<Object>> columns = new ArrayList<>();
        columns.add(col(Rollups.G, SQLDataType.CLOB));
        columns.add(col(Rollups.V1, SQLDataType.CLOB));
        columns.add(col(Rollups.V2, SQLDataType.CLOB));
        columns.add(col(Rollups.ROWS, SQLDataType.BIGINT));
        for (SchemaField measure : schema.measures()) {
            for (Kind kind : Kind.values()) {
                columns.add(col(kind.column(measure), kind.type(measure)));
            }
        }
        return columns;
    }

}
