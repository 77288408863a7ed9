package id.satudata.portal.datastore;

import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.AggregationResult;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.rollup.RollupDeltas;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rollups stay exact: after appends, a replace, upserts (large ones rebuild the
 * rollups, small ones keep them per touched group) and a rejected load, every aggregation
 * answered from them (random measure, function, grouping and EQUALS/IN filters, missing
 * values included) equals plain SQL over the dataset's table.
 */
@PortalTest
class RollupsMatchPlainSqlTest {

    private static final String[] CODES = { "6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471" };

    private static final String[] NAMES = { "Paser", "Kutai Barat", "Berau", "" };

    private static final String HEADER = "kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2\n";

    private static final List<String> DIMENSIONS = List.of("kode_kabupaten_kota", "nama_kabupaten_kota", "tahun");

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    DSLContext db;

    private final Random random = new Random(20);

    /** When set, the name of every row of the next file. */
    private String fixedName;

    @BeforeEach
    void signIn() {
        SignedIn.as(fixtures.teknis());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void rollupAnswersEqualPlainSqlAfterAppendReplaceUpsertAndARejectedLoad() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        List<String> keys = new ArrayList<>();
        for (String code : CODES) {
            for (int year = 2018; year <= 2024; year++) {
                keys.add(code + "," + year);
            }
        }
        Collections.shuffle(keys, random);
        load(dataset, LoadMode.APPEND, keys.subList(0, 20));
        assertRollupsMatchSql(dataset);
        load(dataset, LoadMode.APPEND, keys.subList(20, 35));
        assertRollupsMatchSql(dataset);
        load(dataset, LoadMode.REPLACE, keys.subList(10, 40));
        assertRollupsMatchSql(dataset);
        // existing keys get other values (and other names), new keys are appended
        load(dataset, LoadMode.UPSERT, keys.subList(30, 50));
        assertRollupsMatchSql(dataset);
        load(dataset, LoadMode.UPSERT, keys.subList(0, 45));
        assertRollupsMatchSql(dataset);
        // every row gets one name: the groups of the other names empty
        fixedName = "Berau";
        load(dataset, LoadMode.UPSERT, keys.subList(0, 50));
        fixedName = null;
        assertRollupsMatchSql(dataset);
        load(dataset, LoadMode.UPSERT, keys.subList(5, 25));
        assertRollupsMatchSql(dataset);
        // small upserts keep the rollups per touched group instead of rebuilding them
        assertThat(RollupDeltas.cheaperThanRebuild(2, 50)).isTrue();
        load(dataset, LoadMode.UPSERT, keys.subList(50, 52));
        assertRollupsMatchSql(dataset);
        for (int from = 0; from < 40; from += 8) {
            fixedName = NAMES[from % NAMES.length];
            load(dataset, LoadMode.UPSERT, keys.subList(from, from + 2));
            fixedName = null;
            assertRollupsMatchSql(dataset);
        }
        List<String> duplicate = new ArrayList<>(keys.subList(0, 5));
        duplicate.add(keys.get(0));
        assertThat(fixtures.load(dataset, LoadMode.APPEND, csv(duplicate)).status()).isEqualTo(LoadStatus.REJECTED);
        assertRollupsMatchSql(dataset);
    }

    @Test
    void aGroupingNearlyAsLargeAsTheTableIsNotKeptAndItsQueriesScanExactly() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        // 12,000 codes in one year: grouped by code, every group is one row
        load(dataset, LoadMode.APPEND, codes(0, 12_000, 2020));
        assertPaths(dataset, AggregationResult.Path.SCAN);
        assertRollupsMatchSql(dataset, true);
        // a later append keeps it retired (the rollups lack the earlier codes)
        load(dataset, LoadMode.APPEND, codes(0, 12_000, 2021));
        assertPaths(dataset, AggregationResult.Path.SCAN);
        assertRollupsMatchSql(dataset, true);
        assertThat(queries.distinct(dataset.id(), "kode_kabupaten_kota", List.of(), 3))
            .allSatisfy(v -> assertThat(v.rows()).isEqualTo(2));
        // an upsert of an eighth of the rows rebuilds the groupings kept (name, year, and
        // the two) from the few combinations of name and year
        load(dataset, LoadMode.UPSERT, codes(0, 3_000, 2021));
        assertPaths(dataset, AggregationResult.Path.SCAN);
        assertRollupsMatchSql(dataset, true);
        // a small replace keeps every grouping again
        load(dataset, LoadMode.REPLACE, codes(0, 50, 2022));
        assertPaths(dataset, AggregationResult.Path.ROLLUP);
        assertRollupsMatchSql(dataset);
    }

    private void assertPaths(Dataset dataset, AggregationResult.Path byCode) {
        assertThat(
                queries
                    .aggregate(dataset.id(),
                            new AggregationQuery("jumlah_penduduk", Aggregate.SUM, List.of("kode_kabupaten_kota"),
                                    List.of()))
                    .path())
            .isEqualTo(byCode);
        assertThat(queries
            .aggregate(dataset.id(),
                    new AggregationQuery("jumlah_penduduk", Aggregate.SUM, List.of("tahun"), List.of()))
            .path()).isEqualTo(AggregationResult.Path.ROLLUP);
    }

    private static List<String> codes(int from, int to, int year) {
        List<String> keys = new ArrayList<>();
        for (int code = from; code < to; code++) {
            keys.add("%06d,%d".formatted(code, year));
        }
        return keys;
    }

    private void load(Dataset dataset, LoadMode mode, List<String> keys) {
        LoadResult result = fixtures.load(dataset, mode, csv(keys));
        assertThat(result.status()).as(result.errors().toString()).isEqualTo(LoadStatus.ACCEPTED);
    }

    private String csv(List<String> keys) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String key : keys) {
            String[] codeYear = key.split(",");
            String name = fixedName != null ? fixedName : NAMES[random.nextInt(NAMES.length)];
            String area = random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(100_000) / 100.0);
            csv.append(codeYear[0])
                .append(',')
                .append(name)
                .append(',')
                .append(codeYear[1])
                .append(',')
                .append(random.nextInt(1_000_000))
                .append(',')
                .append(area)
                .append('\n');
        }
        return csv.toString();
    }

    private void assertRollupsMatchSql(Dataset dataset) {
        assertRollupsMatchSql(dataset, false);
    }

    /** {@code codeScans}: the groupings with the code are not kept. */
    private void assertRollupsMatchSql(Dataset dataset, boolean codeScans) {
        for (int i = 0; i < 40; i++) {
            String measure = random.nextBoolean() ? "jumlah_penduduk" : "luas_km2";
            Aggregate function = Aggregate.values()[random.nextInt(Aggregate.values().length)];
            List<String> dims = new ArrayList<>(DIMENSIONS);
            Collections.shuffle(dims, random);
            List<String> groupBy = dims.subList(0, 1 + random.nextInt(2));
            List<RowFilter> filters = new ArrayList<>();
            if (random.nextBoolean()) {
                // a filter on a grouped dimension or on the one other (at most two in
                // all)
                String column = random.nextBoolean() ? groupBy.get(0) : dims.get(groupBy.size() == 1 ? 1 : 0);
                filters.add(new RowFilter(column, RowFilter.Op.IN, values(column)));
            }
            AggregationQuery query = new AggregationQuery(measure, function, groupBy, filters);
            AggregationResult rollup = queries.aggregate(dataset.id(), query);
            // grouped or filtered by exactly the key (code + year) there is no rollup: it
            // scans
            java.util.Set<String> needed = new java.util.HashSet<>(groupBy);
            filters.forEach(f -> needed.add(f.column()));
            assertThat(rollup.path()).as(query.toString())
                .isEqualTo(needed.equals(java.util.Set.of("kode_kabupaten_kota", "tahun"))
                        || codeScans && needed.contains("kode_kabupaten_kota") ? AggregationResult.Path.SCAN
                                : AggregationResult.Path.ROLLUP);
            Map<List<String>, Double> fromRollup = new HashMap<>();
            rollup.groups().forEach(g -> fromRollup.put(g.keys(), g.value()));
            Map<List<String>, Double> fromSql = plainSql(dataset, query);
            assertThat(fromRollup.keySet()).as(query.toString()).isEqualTo(fromSql.keySet());
            fromSql.forEach((key, expected) -> {
                Double actual = fromRollup.get(key);
                if (expected == null) {
                    assertThat(actual).as(query + " " + key).isNull();
                }
                else {
                    assertThat(actual).as(query + " " + key)
                        .isCloseTo(expected,
                                org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(expected))));
                }
            });
        }
    }

    /** One to three values of the column, sometimes "missing" (null). */
    private List<String> values(String column) {
        List<String> values = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String value = switch (column) {
                case "kode_kabupaten_kota" -> CODES[random.nextInt(CODES.length)];
                case "nama_kabupaten_kota" -> NAMES[random.nextInt(NAMES.length)];
                default -> String.valueOf(2018 + random.nextInt(7));
            };
            values.add(value.isEmpty() ? null : value);
        }
        return values;
    }

    private Map<List<String>, Double> plainSql(Dataset dataset, AggregationQuery query) {
        org.jooq.Field<Object> m = DSL.field(DSL.name(query.measure()));
        org.jooq.Field<Double> value = switch (query.function()) {
            case SUM -> DSL.field("sum({0})::float8", Double.class, m);
            case AVG -> DSL.field("avg({0})::float8", Double.class, m);
            case COUNT -> DSL.field("count({0})::float8", Double.class, m);
            case MIN -> DSL.field("min({0})::float8", Double.class, m);
            case MAX -> DSL.field("max({0})::float8", Double.class, m);
        };
        List<org.jooq.Field<String>> groups = query.groupBy()
            .stream()
            .map(g -> DSL.field(DSL.name(g)).cast(SQLDataType.CLOB))
            .toList();
        Condition where = DSL.trueCondition();
        for (RowFilter filter : query.filters()) {
            org.jooq.Field<String> column = DSL.field(DSL.name(filter.column())).cast(SQLDataType.CLOB);
            List<String> present = filter.values().stream().filter(v -> v != null).toList();
            Condition c = present.isEmpty() ? DSL.falseCondition() : column.in(present);
            where = where.and(filter.values().contains(null) ? c.or(column.isNull()) : c);
        }
        List<SelectField<?>> select = new ArrayList<>(groups);
        select.add(value);
        Map<List<String>, Double> answer = new HashMap<>();
        for (Record r : db.select(select)
            .from(DataTable.table(dataset.id()))
            .where(where)
            .groupBy(groups.toArray(org.jooq.Field[]::new))
            .fetch()) {
            List<String> key = groups.stream().map(r::get).collect(Collectors.toList());
            answer.put(key, r.get(value));
        }
        return answer;
    }

}
