package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.rollup.Rollups.Grouping;
import id.satudata.portal.datastore.schema.SchemaField;
import java.util.ArrayList;
import java.util.List;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectHavingStep;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * One scan for several groupings: GROUP BY GROUPING SETS, where GROUPING(all dimensions)
 * tells the grouping each result row belongs to (a bit set per dimension aggregated away,
 * the first dimension the highest bit).
 */
final class GroupingSets {

    private GroupingSets() {
    }

    /**
     * {@code g}, {@code v1}, {@code v2} of each group (values as text), then the
     * aggregates; {@code from} has a column per dimension.
     */
    @SuppressWarnings("unchecked")
    static SelectHavingStep<Record> select(List<SchemaField> allDims, List<Grouping> groupings,
            List<? extends SelectField<?>> aggregates, TableLike<?> from, Condition where) {
        // GROUPING() takes only dimensions of the sets
        List<SchemaField> dims = dimensions(allDims, groupings);
        Field<Integer> set = DSL.field("grouping({0})", Integer.class,
                DSL.list(dims.stream().map(d -> (QueryPart) DataTable.column(d)).toList()));
        List<Field<?>[]> sets = new ArrayList<>();
        CaseValueStep<Integer> g = DSL.choose(set);
        CaseWhenStep<Integer, String> key = null;
        CaseWhenStep<Integer, String> v1 = null;
        CaseWhenStep<Integer, String> v2 = null;
        for (Grouping grouping : groupings) {
            int mask = 0;
            for (int i = 0; i < dims.size(); i++) {
                if (!grouping.dimensions().contains(dims.get(i))) {
                    mask |= 1 << (dims.size() - 1 - i);
                }
            }
            Field<Integer> when = DSL.inline(mask);
            Field<String> first = DataTable.column(grouping.dimensions().get(0)).cast(SQLDataType.CLOB);
            Field<String> second = grouping.dimensions().size() == 1 ? DSL.inline((String) null, SQLDataType.CLOB)
                    : DataTable.column(grouping.dimensions().get(1)).cast(SQLDataType.CLOB);
            key = key == null ? g.when(when, DSL.inline(grouping.key())) : key.when(when, DSL.inline(grouping.key()));
            v1 = v1 == null ? DSL.choose(set).when(when, first) : v1.when(when, first);
            v2 = v2 == null ? DSL.choose(set).when(when, second) : v2.when(when, second);
            sets.add(grouping.dimensions().stream().map(DataTable::column).toArray(Field[]::new));
        }
        List<SelectField<?>> select = new ArrayList<>();
        select.add(key.as(Rollups.G));
        select.add(v1.as(Rollups.V1));
        select.add(v2.as(Rollups.V2));
        select.addAll(aggregates);
        return DSL.select(select).from(from).where(where).groupBy(DSL.groupingSets(sets.toArray(Field[][]::new)));
    }

    /** The dimensions some of these groupings group by, in the schema's order. */
    static List<SchemaField> dimensions(List<SchemaField> allDims, List<Grouping> groupings) {
        return allDims.stream().filter(d -> groupings.stream().anyMatch(g -> g.dimensions().contains(d))).toList();
    }

    /**
     * The rollup's aggregates of the rows: count, then per measure sum, count, min, max.
     */
    static List<SelectField<?>> aggregates(List<SchemaField> measures) {
        List<SelectField<?>> select = new ArrayList<>();
        select.add(DSL.count());
        for (SchemaField measure : measures) {
            Field<Object> m = DataTable.column(measure);
            select.add(DSL.field("sum({0})", m));
            select.add(DSL.count(m));
            select.add(DSL.min(m));
            select.add(DSL.max(m));
        }
        return select;
    }

    /**
     * The same aggregates added up again from rows that hold them (count, then per
     * measure sum, count, minimum, maximum, as {@link #aggregates}): sums and counts are
     * summed, extremes taken again.
     */
    static List<SelectField<?>> reaggregates(List<Field<Object>> aggregated) {
        List<SelectField<?>> select = new ArrayList<>();
        select.add(DSL.field("sum({0})", aggregated.get(0)));
        for (int i = 1; i < aggregated.size(); i += 4) {
            select.add(DSL.field("sum({0})", aggregated.get(i)));
            select.add(DSL.field("sum({0})", aggregated.get(i + 1)));
            select.add(DSL.min(aggregated.get(i + 2)));
            select.add(DSL.max(aggregated.get(i + 3)));
        }
        return select;
    }

}
