package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.query.QueryConditions;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How an aggregation is answered from the rollups: which grouping, which of its value
 * columns are the group-by columns, and the filters on its value columns.
 */
public record RollupPlan(String key, List<String> groupColumns, List<ValueFilter> filters) {

    /**
     * Rows whose value column ({@code v1}/{@code v2}) holds one of these texts, or no
     * value when {@code matchMissing}.
     */
    public record ValueFilter(String column, List<String> texts, boolean matchMissing) {
    }

    /** The plan, or null when the rollups cannot answer the query. */
    public static @Nullable RollupPlan of(TableSchema schema, List<SchemaField> groupBy, List<RowFilter> filters,
            QueryConditions conditions) {
        List<SchemaField> rolled = schema.rollupDimensions();
        Set<SchemaField> needed = new LinkedHashSet<>(groupBy);
        for (RowFilter filter : filters) {
            if (filter.op() != RowFilter.Op.EQUALS && filter.op() != RowFilter.Op.IN) {
                return null;
            }
            needed.add(conditions.field(filter.column()));
        }
        if (needed.size() > 2 || !rolled.containsAll(needed)) {
            return null;
        }
        List<SchemaField> ordered = rolled.stream().filter(needed::contains).toList();
        if (ordered.size() == 2 && Rollups.isKey(schema, ordered.get(0), ordered.get(1))) {
            return null;
        }
        String key = ordered.size() == 1 ? ordered.get(0).name()
                : Rollups.key(ordered.get(0).name(), ordered.get(1).name());
        List<String> groupColumns = groupBy.stream().map(f -> valueColumn(ordered, f)).toList();
        List<ValueFilter> valueFilters = new ArrayList<>();
        for (RowFilter filter : filters) {
            SchemaField field = conditions.field(filter.column());
            List<String> texts = new ArrayList<>();
            boolean matchMissing = false;
            for (String text : filter.values()) {
                Object typed = conditions.typed(field, text);
                if (typed == null) {
                    matchMissing = true;
                }
                else {
                    texts.add(RollupAccumulator.text(typed));
                }
            }
            valueFilters.add(new ValueFilter(valueColumn(ordered, field), List.copyOf(texts), matchMissing));
        }
        return new RollupPlan(key, groupColumns, List.copyOf(valueFilters));
    }

    private static String valueColumn(List<SchemaField> ordered, SchemaField field) {
        return ordered.indexOf(field) == 0 ? Rollups.V1 : Rollups.V2;
    }

}
