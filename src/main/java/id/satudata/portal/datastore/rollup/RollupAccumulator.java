package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.rollup.Rollups.Grouping;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates the rows of a load in memory, per kept rollup grouping, while they stream to
 * COPY; merged into the rollup table at the end of the load. Values are keyed by the text
 * form PostgreSQL gives them ({@code value::text}). A grouping found
 * {@link Rollups#sparse sparse} on the way is retired (no longer kept).
 */
public final class RollupAccumulator {

    private final TableSchema schema;

    private final List<Grouping> groupings;

    private final boolean[] retired;

    /** Rows in the table before this load. */
    private final long rowsBefore;

    private long rowsSeen;

    private final int[][] dimensionIndexes;

    private final int[] measureIndexes;

    private final boolean[] integerMeasure;

    private final List<Map<Object, Acc>> groups = new ArrayList<>();

    /**
     * @param kept the groupings the rollup table keeps ({@link RollupRepository#kept})
     * @param rowsBefore the rows in the table before this load
     */
    public RollupAccumulator(TableSchema schema, List<Grouping> kept, long rowsBefore) {
        this(schema, kept, rowsBefore, MAX_CELLS);
    }

    RollupAccumulator(TableSchema schema, List<Grouping> kept, long rowsBefore, long maxCells) {
        this.maxCells = maxCells;
        this.schema = schema;
        this.groupings = kept;
        this.rowsBefore = rowsBefore;
        this.retired = new boolean[kept.size()];
        this.dimensionIndexes = new int[groupings.size()][];
        for (int g = 0; g < groupings.size(); g++) {
            List<SchemaField> dims = groupings.get(g).dimensions();
            dimensionIndexes[g] = dims.stream().mapToInt(d -> schema.indexOf(d.name())).toArray();
            groups.add(new HashMap<>());
        }
        List<SchemaField> measures = schema.measures();
        measureIndexes = measures.stream().mapToInt(m -> schema.indexOf(m.name())).toArray();
        integerMeasure = new boolean[measures.size()];
        for (int i = 0; i < measures.size(); i++) {
            integerMeasure[i] = measures.get(i).type() == FieldType.INTEGER;
        }
    }

    /**
     * Per group: row count, then per measure sum, count, min, max (primitives: this runs
     * for every row, grouping and measure of a load).
     */
    private final class Acc {

        long rows;

        final long[] longSum = new long[measureIndexes.length];

        final double[] doubleSum = new double[measureIndexes.length];

        final long[] count = new long[measureIndexes.length];

        final long[] longMin = new long[measureIndexes.length];

        final long[] longMax = new long[measureIndexes.length];

        final double[] doubleMin = new double[measureIndexes.length];

        final double[] doubleMax = new double[measureIndexes.length];

        public void add(Object[] row) {
            rows++;
            for (int m = 0; m < measureIndexes.length; m++) {
                Object value = row[measureIndexes[m]];
                if (value == null) {
                    continue;
                }
                boolean first = count[m]++ == 0;
                if (integerMeasure[m]) {
                    long v = (Long) value;
                    longSum[m] = Math.addExact(longSum[m], v);
                    longMin[m] = first || v < longMin[m] ? v : longMin[m];
                    longMax[m] = first || v > longMax[m] ? v : longMax[m];
                }
                else {
                    double v = (Double) value;
                    doubleSum[m] += v;
                    doubleMin[m] = first || v < doubleMin[m] ? v : doubleMin[m];
                    doubleMax[m] = first || v > doubleMax[m] ? v : doubleMax[m];
                }
            }
        }

    }

    /**
     * A group of two dimensions, by the values themselves (their text, what the rollup
     * table keeps, is made once per group at the end).
     */
    private record Pair(@Nullable Object first, @Nullable Object second) {
    }

    /**
     * More cells (groups × (1 + measures)) than this in one load: the largest grouping is
     * retired if costly, else the rollups are rebuilt in SQL instead. About 60 bytes a
     * cell (120 MB at most); a million-row file of 25 counts per village, year and
     * district keeps 42,500 groups once its village groupings are retired.
     */
    static final int MAX_CELLS = 2_000_000;

    private final long maxCells;

    private int size;

    private boolean overflowed;

    public boolean overflowed() {
        return overflowed;
    }

    /**
     * The groupings not retired: after an overflow, those the rebuild in SQL computes
     * (the retired ones are sparse; computing them would cost most of the rebuild).
     */
    public List<Grouping> stillKept() {
        List<Grouping> kept = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            if (!retired[g]) {
                kept.add(groupings.get(g));
            }
        }
        return kept;
    }

    public void add(Object[] row) {
        if (overflowed) {
            return;
        }
        rowsSeen++;
        for (int g = 0; g < dimensionIndexes.length; g++) {
            if (retired[g]) {
                continue;
            }
            int[] dims = dimensionIndexes[g];
            Object key = dims.length == 1 ? row[dims[0]] : new Pair(row[dims[0]], row[dims[1]]);
            Map<Object, Acc> group = groups.get(g);
            Acc acc = group.get(key);
            if (acc == null) {
                acc = new Acc();
                group.put(key, acc);
                if (++size * (1L + measureIndexes.length) > maxCells && !retireLargest()) {
                    overflowed = true;
                    groups.forEach(Map::clear);
                    return;
                }
            }
            if (!retired[g]) {
                acc.add(row);
            }
        }
    }

    /**
     * Retires the largest grouping if costly so far (the memory runs out before the
     * groupings grow past {@link Rollups#ALWAYS_KEPT_GROUPS}); false when it is not.
     */
    private boolean retireLargest() {
        int largest = 0;
        for (int g = 1; g < groups.size(); g++) {
            largest = groups.get(g).size() > groups.get(largest).size() ? g : largest;
        }
        if (!Rollups.costly(schema, groups.get(largest).size(), rowsBefore + rowsSeen)) {
            return false;
        }
        retire(largest);
        return true;
    }

    private void retire(int g) {
        retired[g] = true;
        size -= groups.get(g).size();
        groups.get(g).clear();
    }

    /**
     * Retires the groupings whose groups in this load alone are sparse over the table's
     * rows after it; the keys of every grouping retired by this load, to be emptied in
     * the rollup table.
     */
    public List<String> retire(long rowsAfter) {
        List<String> keys = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            if (!retired[g] && Rollups.sparse(schema, groups.get(g).size(), rowsAfter)) {
                retire(g);
            }
            if (retired[g]) {
                keys.add(groupings.get(g).key());
            }
        }
        return keys;
    }

    /**
     * The accumulated groups as rollup rows in {@link RollupRepository#columns} order.
     */
    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            for (Map.Entry<Object, Acc> e : groups.get(g).entrySet()) {
                Acc acc = e.getValue();
                Object[] row = new Object[4 + 4 * measureIndexes.length];
                row[0] = groupings.get(g).key();
                if (e.getKey() instanceof Pair pair) {
                    row[1] = text(pair.first());
                    row[2] = text(pair.second());
                }
                else {
                    row[1] = text(e.getKey());
                }
                row[3] = acc.rows;
                for (int m = 0; m < measureIndexes.length; m++) {
                    int at = 4 + 4 * m;
                    boolean any = acc.count[m] > 0;
                    row[at] = !any ? null : integerMeasure[m] ? BigDecimal.valueOf(acc.longSum[m]) : acc.doubleSum[m];
                    row[at + 1] = acc.count[m];
                    row[at + 2] = !any ? null : integerMeasure[m] ? (Object) acc.longMin[m] : acc.doubleMin[m];
                    row[at + 3] = !any ? null : integerMeasure[m] ? (Object) acc.longMax[m] : acc.doubleMax[m];
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

}
