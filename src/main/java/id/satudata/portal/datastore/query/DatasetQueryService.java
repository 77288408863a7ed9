package id.satudata.portal.datastore.query;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetAccess;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.datastore.rollup.RollupPlan;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.security.CurrentCaller;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a dataset's rows for dashboards, the portal and the APIs. Every method checks
 * that the caller may see the dataset (anonymous: PUBLIC only; OPD staff: their own and
 * INTERNAL/PUBLIC; staff: all) and answers "not found" otherwise.
 * <ul>
 * <li>{@link #rows}: a page at any offset (for grids); the natural order is a range of
 * row numbers, sorted or filtered views seek through a position index.</li>
 * <li>{@link #page}: keyset paging with an opaque cursor (for APIs).</li>
 * <li>{@link #count}, {@link #distinct} (with counts), {@link #aggregate} (charts; from
 * the rollups when the query only touches rolled-up dimensions, else a scan),
 * {@link #nullCounts} and {@link #rowsPerPeriod} (data quality), {@link #export}
 * (streamed CSV/JSON).</li>
 * </ul>
 * Page sizes are at most {@link #MAX_PAGE}.
 */
@Service
public class DatasetQueryService {

    public static final int MAX_PAGE = 1000;

    private final DatasetRepository datasets;

    private final QueryRepository queries;

    private final RollupReads rollups;

    private final PositionIndexes positions;

    private final SortIndexes sortIndexes;

    private final CurrentCaller caller;

    private final Clock clock;

    DatasetQueryService(DatasetRepository datasets, QueryRepository queries, RollupReads rollups,
            PositionIndexes positions, SortIndexes sortIndexes, CurrentCaller caller, Clock clock) {
        this.datasets = datasets;
        this.queries = queries;
        this.rollups = rollups;
        this.positions = positions;
        this.sortIndexes = sortIndexes;
        this.caller = caller;
        this.clock = clock;
    }

    /** {@code limit} rows from position {@code offset} (0-based) of the view. */
    @Transactional(readOnly = true)
    public RowPage rows(long datasetId, RowQuery query, long offset, int limit) {
        Dataset dataset = visible(datasetId);
        checkLimit(limit);
        if (offset < 0) {
            throw new ValidationException("offset", "datastore.error.query.offset");
        }
        List<String> columns = columns(dataset);
        if (dataset.schema().isEmpty()) {
            return new RowPage(columns, List.of(), null);
        }
        if (query.natural()) {
            return new RowPage(columns, queries.rowRange(datasetId, dataset.schema(), offset + 1, offset + limit),
                    null);
        }
        QueryConditions conditions = new QueryConditions(dataset.schema(), clock.getZone());
        SchemaField sort = query.sortColumn() == null ? null : conditions.field(query.sortColumn());
        if (sort != null) {
            sortIndexes.sortingBy(dataset, sort);
        }
        QueryRepository.Where where = new QueryRepository.Where(conditions, query.filters());
        if (offset < PositionIndexes.STEP) {
            // the first pages (what a click on a column header shows) seek from the
            // start:
            // no position index, which numbers every row (seconds on a large table)
            return new RowPage(columns, queries.seek(datasetId, dataset.schema(), where, sort, query.descending(), null,
                    true, (int) offset, limit), null);
        }
        PositionIndexes.Index index = index(dataset, query, sort, where);
        if (offset >= index.total()) {
            return new RowPage(columns, List.of(), null);
        }
        QueryRepository.Seek fence = index.fences().get((int) (offset / PositionIndexes.STEP));
        int skip = (int) (offset % PositionIndexes.STEP);
        return new RowPage(columns,
                queries.seek(datasetId, dataset.schema(), where, sort, query.descending(), fence, true, skip, limit),
                null);
    }

    /** The number of rows of the view. */
    @Transactional(readOnly = true)
    public long count(long datasetId, RowQuery query) {
        Dataset dataset = visible(datasetId);
        if (query.filters().isEmpty() || dataset.schema().isEmpty()) {
            return dataset.rowCount();
        }
        // a count, not the position index: that also numbers every matching row in sort
        // order, and a view that is not scrolled deep never needs it
        QueryConditions conditions = new QueryConditions(dataset.schema(), clock.getZone());
        return queries.count(dataset.id(), new QueryRepository.Where(conditions, query.filters()));
    }

    private PositionIndexes.Index index(Dataset dataset, RowQuery query, @Nullable SchemaField sort,
            QueryRepository.Where where) {
        return positions.get(dataset, query,
                () -> new PositionIndexes.Index(
                        queries.fences(dataset.id(), where, sort, query.descending(), PositionIndexes.STEP),
                        queries.count(dataset.id(), where)));
    }

    /**
     * Keyset paging: the page after {@code cursor} (null: the first page), with the
     * cursor of the next page. Costs the same at any depth.
     */
    @Transactional(readOnly = true)
    public RowPage page(long datasetId, RowQuery query, @Nullable String cursor, int limit) {
        Dataset dataset = visible(datasetId);
        checkLimit(limit);
        if (dataset.schema().isEmpty()) {
            return new RowPage(columns(dataset), List.of(), null);
        }
        QueryConditions conditions = new QueryConditions(dataset.schema(), clock.getZone());
        SchemaField sort = query.sortColumn() == null ? null : conditions.field(query.sortColumn());
        if (sort != null) {
            sortIndexes.sortingBy(dataset, sort);
        }
        QueryRepository.Seek from = cursor == null ? null : Cursors.decode(cursor, sort, conditions);
        List<DataRow> rows = new ArrayList<>(
                queries.seek(datasetId, dataset.schema(), new QueryRepository.Where(conditions, query.filters()), sort,
                        query.descending(), from, false, 0, limit + 1));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            DataRow last = rows.get(limit - 1);
            Object value = sort == null ? null : last.values().get(dataset.schema().indexOf(sort.name()));
            next = Cursors.encode(value, sort != null && value == null, last.rowNumber());
        }
        return new RowPage(columns(dataset), List.copyOf(rows), next);
    }

    /** Values of a dimension with their row counts, most frequent first. */
    @Transactional(readOnly = true)
    public List<DistinctValue> distinct(long datasetId, String column, List<RowFilter> filters, int limit) {
        Dataset dataset = visible(datasetId);
        checkLimit(limit);
        QueryConditions conditions = new QueryConditions(dataset.schema(), clock.getZone());
        SchemaField field = conditions.field(column);
        if (filters.isEmpty() && dataset.schema().rollupDimensions().contains(field)
                && rollups.hasRollup(datasetId, field.name())) {
            return rollups.distinctFromRollup(datasetId, field, limit);
        }
        return queries.distinct(datasetId, field, new QueryRepository.Where(conditions, filters), limit);
    }

    /**
     * An aggregate of a measure per group of one or two dimensions. Answered from the
     * rollups when every filter is an EQUALS/IN filter and group-by and filter columns
     * are at most two rolled-up dimensions whose grouping the rollups keep; otherwise by
     * scanning the table.
     */
    @Transactional(readOnly = true)
    public AggregationResult aggregate(long datasetId, AggregationQuery query) {
        Dataset dataset = visible(datasetId);
        TableSchema schema = dataset.schema();
        QueryConditions conditions = new QueryConditions(schema, clock.getZone());
        SchemaField measure = conditions.field(query.measure());
        if (!measure.isMeasure()) {
            throw new ValidationException("measure", "datastore.error.query.notMeasure", measure.name());
        }
        if (query.groupBy().isEmpty() || query.groupBy().size() > 2) {
            throw new ValidationException("groupBy", "datastore.error.query.groupBy");
        }
        List<SchemaField> groupBy = query.groupBy().stream().map(conditions::field).toList();
        if (groupBy.stream().anyMatch(f -> !f.isDimension())) {
            throw new ValidationException("groupBy", "datastore.error.query.groupBy");
        }
        List<AggregationResult.Group> groups;
        AggregationResult.Path path;
        RollupPlan plan = RollupPlan.of(schema, groupBy, query.filters(), conditions);
        if (plan != null && rollups.hasRollup(datasetId, plan.key())) {
            groups = rollups.aggregateRollup(datasetId, measure, query.function(), plan);
            path = AggregationResult.Path.ROLLUP;
        }
        else {
            groups = queries.aggregateScan(datasetId, measure, query.function(), groupBy,
                    new QueryRepository.Where(conditions, query.filters()));
            path = AggregationResult.Path.SCAN;
        }
        return new AggregationResult(inKeyOrder(groups), path);
    }

    /** How many rows lack a value, per column. */
    @Transactional(readOnly = true)
    public List<ColumnNulls> nullCounts(long datasetId) {
        Dataset dataset = visible(datasetId);
        return dataset.schema().isEmpty() ? List.of() : queries.nulls(datasetId, dataset.schema());
    }

    /**
     * Rows per period of a date, date-time or year column; {@code granularity} is YEAR,
     * MONTH or DAY (years of a year column in any case).
     */
    @Transactional(readOnly = true)
    public List<PeriodCount> rowsPerPeriod(long datasetId, String column, String granularity) {
        Dataset dataset = visible(datasetId);
        SchemaField field = new QueryConditions(dataset.schema(), clock.getZone()).field(column);
        String format = switch (granularity) {
            case "YEAR" -> "YYYY";
            case "MONTH" -> "YYYY-MM";
            case "DAY" -> "YYYY-MM-DD";
            default -> throw new ValidationException("granularity", "datastore.error.query.granularity");
        };
        if (field.type() != FieldType.YEAR && field.type() != FieldType.DATE && field.type() != FieldType.DATETIME) {
            throw new ValidationException("column", "datastore.error.query.notTime", column);
        }
        return queries.perPeriod(datasetId, field, format);
    }

    /**
     * Streams the rows of the view (filters only; natural order) as CSV, JSON or XLSX.
     */
    @Transactional(readOnly = true)
    public long export(long datasetId, List<RowFilter> filters, ExportFormat format, OutputStream out)
            throws IOException {
        Dataset dataset = visible(datasetId);
        QueryRepository.Where where = new QueryRepository.Where(new QueryConditions(dataset.schema(), clock.getZone()),
                filters);
        try (Stream<DataRow> rows = queries.stream(datasetId, dataset.schema(), where)) {
            return ExportWriter.write(rows::iterator, dataset.schema(), format, out);
        }
    }

    /**
     * The groups in key order, numbers by value, a missing key last: each key is read as
     * a number once (parsing per comparison cost 2.7 million parses for 80,000 villages).
     */
    private static List<AggregationResult.Group> inKeyOrder(List<AggregationResult.Group> groups) {
        record Sortable(AggregationResult.Group group, List<GroupKey> keys) {
        }
        Comparator<Sortable> order = (a, b) -> {
            for (int i = 0; i < a.keys().size(); i++) {
                int c = a.keys().get(i).compareTo(b.keys().get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return groups.stream()
            .map(g -> new Sortable(g, g.keys().stream().map(GroupKey::of).toList()))
            .sorted(order)
            .map(Sortable::group)
            .toList();
    }

    /** A group key as it is ordered: by its number when it reads as one, else as text. */
    private record GroupKey(@Nullable String text, @Nullable Double number) implements Comparable<GroupKey> {

        static GroupKey of(@Nullable String text) {
            if (text == null) {
                return new GroupKey(null, null);
            }
            try {
                return new GroupKey(text, Double.parseDouble(text));
            }
            catch (NumberFormatException e) {
                return new GroupKey(text, null);
            }
        }

        @Override
        public int compareTo(GroupKey other) {
            if (text == null || other.text == null) {
                return text == null ? (other.text == null ? 0 : 1) : -1;
            }
            if (number != null && other.number != null) {
                return Double.compare(number, other.number);
            }
            return text.compareTo(other.text);
        }

    }

    private static List<String> columns(Dataset dataset) {
        return dataset.schema().fields().stream().map(SchemaField::name).toList();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException("limit", "datastore.error.query.limit", MAX_PAGE);
        }
    }

    private Dataset visible(long datasetId) {
        Dataset dataset = datasets.findById(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        if (!DatasetAccess.canSee(caller.get(), dataset)) {
            throw new NotFoundException("dataset", datasetId);
        }
        return dataset;
    }

}
