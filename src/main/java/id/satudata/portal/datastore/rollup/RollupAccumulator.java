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

/**
 * Aggregates the rows of a load in memory, per rollup grouping, while they stream to
 * COPY; merged into the rollup table at the end of the load. Values are keyed by the text
 * form PostgreSQL gives them ({@code value::text}).
 */
public final class RollupAccumulator {

    private final List<Grouping> groupings;

    private final int[][] dimensionIndexes;

    private final int[] measureIndexes;

    private final boolean[] integerMeasure;

    private final List<Map<List<String>, Acc>> groups = new ArrayList<>();

    public RollupAccumulator(TableSchema schema) {
        this.groupings = Rollups.groupings(schema);
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

    /** Per group: row count, then per measure sum, count, min, max. */
    private final class Acc {

        long rows;

        final long[] longSum = new long[measureIndexes.length];

        final double[] doubleSum = new double[measureIndexes.length];

        final long[] count = new long[measureIndexes.length];

        final Object[] min = new Object[measureIndexes.length];

        final Object[] max = new Object[measureIndexes.length];

        public void add(Object[] row) {
            rows++;
            for (int m = 0; m < measureIndexes.length; m++) {
                Object value = row[measureIndexes[m]];
                if (value == null) {
                    continue;
                }
                count[m]++;
                if (integerMeasure[m]) {
                    long v = (Long) value;
                    longSum[m] = Math.addExact(longSum[m], v);
                    min[m] = min[m] == null || v < (Long) min[m] ? v : min[m];
                    max[m] = max[m] == null || v > (Long) max[m] ? v : max[m];
                }
                else {
                    double v = (Double) value;
                    doubleSum[m] += v;
                    min[m] = min[m] == null || v < (Double) min[m] ? v : min[m];
                    max[m] = max[m] == null || v > (Double) max[m] ? v : max[m];
                }
            }
        }

    }

    /** More groups than this in one load: the rollups are rebuilt in SQL instead. */
    static final int MAX_GROUPS = 300_000;

    private int size;

    private boolean overflowed;

    public boolean overflowed() {
        return overflowed;
    }

    public void add(Object[] row) {
        if (overflowed) {
            return;
        }
        for (int g = 0; g < dimensionIndexes.length; g++) {
            int[] dims = dimensionIndexes[g];
            List<String> key = dims.length == 1 ? java.util.Collections.singletonList(text(row[dims[0]]))
                    : java.util.Arrays.asList(text(row[dims[0]]), text(row[dims[1]]));
            Map<List<String>, Acc> group = groups.get(g);
            Acc acc = group.get(key);
            if (acc == null) {
                acc = new Acc();
                group.put(key, acc);
                if (++size > MAX_GROUPS) {
                    overflowed = true;
                    groups.forEach(Map::clear);
                    return;
                }
            }
            acc.add(row);
        }
    }

    /**
     * The accumulated groups as rollup rows in {@link RollupRepository#columns} order.
     */
    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            for (Map.Entry<List<String>, Acc> e : groups.get(g).entrySet()) {
                Acc acc = e.getValue();
                Object[] row = new Object[4 + 4 * measureIndexes.length];
                row[0] = groupings.get(g).key();
                row[1] = e.getKey().get(0);
                row[2] = e.getKey().size() > 1 ? e.getKey().get(1) : null;
                row[3] = acc.rows;
                for (int m = 0; m < measureIndexes.length; m++) {
                    int at = 4 + 4 * m;
                    boolean any = acc.count[m] > 0;
                    row[at] = !any ? null : integerMeasure[m] ? BigDecimal.valueOf(acc.longSum[m]) : acc.doubleSum[m];
                    row[at + 1] = acc.count[m];
                    row[at + 2] = acc.min[m];
                    row[at + 3] = acc.max[m];
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
