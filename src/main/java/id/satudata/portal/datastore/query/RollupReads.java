package id.satudata.portal.datastore.query;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.rollup.RollupPlan;
import id.satudata.portal.datastore.rollup.Rollups;
import id.satudata.portal.datastore.schema.SchemaField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads of a dataset's rollup table: which groupings it keeps, the values of a dimension
 * with their row counts, and aggregates added up from its groups.
 */
@Repository
class RollupReads {

    private final DSLContext db;

    RollupReads(DSLContext db) {
        this.db = db;
    }

    /**
     * Whether the rollups keep this grouping (hold rows for it, see
     * {@code Rollups#sparse}).
     */
    boolean hasRollup(long datasetId, String key) {
        return db.fetchExists(DSL.selectOne()
            .from(DataTable.rollup(datasetId))
            .where(DSL.field(DSL.name(Rollups.G), String.class).eq(key)));
    }

    List<DistinctValue> distinctFromRollup(long datasetId, SchemaField dimension, int limit) {
        Field<String> v1 = DSL.field(DSL.name(Rollups.V1), String.class);
        Field<Long> rows = DSL.field(DSL.name(Rollups.ROWS), Long.class);
        return db.select(v1, rows)
            .from(DataTable.rollup(datasetId))
            .where(DSL.field(DSL.name(Rollups.G)).eq(dimension.name()))
            .orderBy(rows.desc(), v1)
            .limit(limit)
            .fetch(r -> new DistinctValue(r.value1(), r.value2()));
    }

    /**
     * Aggregates from the rollup grouping the plan names; its group columns pick v1/v2
     * per group-by, its filters match rolled-up values as text.
     */
    List<AggregationResult.Group> aggregateRollup(long datasetId, SchemaField measure, Aggregate function,
            RollupPlan plan) {
        boolean oneRow = oneRowPerGroup(plan);
        List<SelectField<?>> select = new ArrayList<>();
        List<Field<?>> group = new ArrayList<>();
        for (String v : plan.groupColumns()) {
            select.add(DSL.field(DSL.name(v), String.class));
            group.add(DSL.field(DSL.name(v), String.class));
        }
        select.add(oneRow ? rowValue(measure, function) : groupValue(measure, function));
        var rows = db.select(select)
            .from(DataTable.rollup(datasetId))
            .where(DSL.field(DSL.name(Rollups.G)).eq(plan.key()))
            .and(rolledUp(plan.filters()));
        return (oneRow ? rows : rows.groupBy(group)).fetch(r -> AggregateGroups.of(r, plan.groupColumns().size()));
    }

    /**
     * Whether each group is a single rollup row: a grouping's values ({@code g, v1, v2})
     * are unique, so when each value column is grouped by or filtered to one value there
     * is nothing to add up (the villages of one year: hashing 80,000 groups of one row
     * each was most of PostgreSQL's time).
     */
    private static boolean oneRowPerGroup(RollupPlan plan) {
        List<String> values = plan.key().contains(",") ? List.of(Rollups.V1, Rollups.V2) : List.of(Rollups.V1);
        return values.stream()
            .allMatch(v -> plan.groupColumns().contains(v) || plan.filters()
                .stream()
                .anyMatch(f -> f.column().equals(v) && !f.matchMissing() && Set.copyOf(f.texts()).size() == 1));
    }

    private static Field<?> groupValue(SchemaField measure, Aggregate function) {
        return switch (function) {
            case SUM -> DSL.field("sum({0})", Object.class, DSL.name(Rollups.Kind.SUM.column(measure)));
            case COUNT -> DSL.field("sum({0})", Object.class, DSL.name(Rollups.Kind.CNT.column(measure)));
            case MIN -> DSL.field("min({0})", Object.class, DSL.name(Rollups.Kind.MIN.column(measure)));
            case MAX -> DSL.field("max({0})", Object.class, DSL.name(Rollups.Kind.MAX.column(measure)));
            case AVG -> DSL.field("sum({0}) / nullif(sum({1}), 0)", Object.class,
                    DSL.name(Rollups.Kind.SUM.column(measure)), DSL.name(Rollups.Kind.CNT.column(measure)));
        };
    }

    /** The same figures as {@link #groupValue} when a group is one row. */
    private static Field<?> rowValue(SchemaField measure, Aggregate function) {
        return switch (function) {
            case SUM -> DSL.field(DSL.name(Rollups.Kind.SUM.column(measure)));
            case COUNT -> DSL.field(DSL.name(Rollups.Kind.CNT.column(measure)));
            case MIN -> DSL.field(DSL.name(Rollups.Kind.MIN.column(measure)));
            case MAX -> DSL.field(DSL.name(Rollups.Kind.MAX.column(measure)));
            case AVG -> DSL.field("{0} / nullif({1}, 0)", Object.class, DSL.name(Rollups.Kind.SUM.column(measure)),
                    DSL.name(Rollups.Kind.CNT.column(measure)));
        };
    }

    private static Condition rolledUp(List<RollupPlan.ValueFilter> filters) {
        Condition where = DSL.trueCondition();
        for (RollupPlan.ValueFilter filter : filters) {
            Field<String> v = DSL.field(DSL.name(filter.column()), String.class);
            Condition c = filter.texts().isEmpty() ? DSL.falseCondition() : v.in(filter.texts());
            where = where.and(filter.matchMissing() ? c.or(v.isNull()) : c);
        }
        return where;
    }

}
