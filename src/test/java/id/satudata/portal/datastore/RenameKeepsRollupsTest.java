package id.satudata.portal.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.AggregationResult;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.rollup.RollupRepository;
import id.satudata.portal.datastore.schema.SchemaChange;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renaming fields of a loaded dataset renames what its rollups and indexes hold instead
 * of rebuilding them, and they stay exact: rollup answers under the new names equal plain
 * SQL, before and after a further load.
 */
@PortalTest
class RenameKeepsRollupsTest {

    private static final String MORE_ROWS = """
            kode_wilayah,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_wilayah
            6401,Paser,2024,305000,11603.94
            6472,Samarinda,2024,860000,
            """;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    RollupRepository rollups;

    @Autowired
    DataTables tables;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        SignedIn.as(fixtures.teknis());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aRenamedDimensionAndMeasureKeepTheirRollupsExactWithoutARebuild() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        assertThat(fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV).status())
            .isEqualTo(LoadStatus.ACCEPTED);
        tables.createSortIndex(dataset.id(), DatastoreFixtures.POPULATION.field("luas_km2").orElseThrow());
        long dimensionIndex = indexOid("ds_" + dataset.id() + "_dim0");

        TableSchema renamed = renamed(renamed(DatastoreFixtures.POPULATION, "kode_kabupaten_kota", "kode_wilayah"),
                "luas_km2", "luas_wilayah");
        Dataset changed = datasets.changeSchema(dataset.id(),
                SchemaChange.to(renamed)
                    .renaming("kode_kabupaten_kota", "kode_wilayah")
                    .renaming("luas_km2", "luas_wilayah"));

        // the same index, not a new one; the sort index follows the column's new name
        assertThat(indexOid("ds_" + dataset.id() + "_dim0")).isEqualTo(dimensionIndex);
        assertThat(indexOid(DataTables.sortIndexName(dataset.id(), renamed.field("luas_wilayah").orElseThrow())))
            .isPositive();
        assertThat(indexOid(
                DataTables.sortIndexName(dataset.id(), DatastoreFixtures.POPULATION.field("luas_km2").orElseThrow())))
            .isZero();
        assertThat(rollupRows(changed)).isEqualTo(rebuiltRollupRows(changed));
        assertAnswersEqualPlainSql(changed);

        assertThat(fixtures.load(changed, LoadMode.APPEND, MORE_ROWS).status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(rollupRows(changed)).isEqualTo(rebuiltRollupRows(changed));
        assertAnswersEqualPlainSql(changed);
    }

    private void assertAnswersEqualPlainSql(Dataset dataset) {
        for (List<String> groupBy : List.of(List.of("kode_wilayah"), List.of("kode_wilayah", "tahun"),
                List.of("nama_kabupaten_kota", "kode_wilayah"))) {
            for (Aggregate function : List.of(Aggregate.SUM, Aggregate.COUNT, Aggregate.MAX)) {
                AggregationQuery query = new AggregationQuery("luas_wilayah", function, groupBy, List.of());
                AggregationResult answer = queries.aggregate(dataset.id(), query);
                boolean key = groupBy.containsAll(List.of("kode_wilayah", "tahun"));
                assertThat(answer.path()).as(query.toString())
                    .isEqualTo(key ? AggregationResult.Path.SCAN : AggregationResult.Path.ROLLUP);
                Map<List<String>, Double> fromQuery = new HashMap<>();
                answer.groups().forEach(g -> fromQuery.put(g.keys(), (Double) rounded(g.value())));
                assertThat(fromQuery).as(query.toString()).isEqualTo(plainSql(dataset, query));
            }
        }
    }

    private Map<List<String>, Double> plainSql(Dataset dataset, AggregationQuery query) {
        var groups = query.groupBy().stream().map(g -> DSL.field(DSL.name(g)).cast(String.class)).toList();
        var value = DSL.field(query.function().name().toLowerCase() + "({0})::float8", Double.class,
                DSL.field(DSL.name(query.measure())));
        Map<List<String>, Double> answer = new HashMap<>();
        for (var r : db.select(groups).select(value).from(DataTable.table(dataset.id())).groupBy(groups).fetch()) {
            answer.put(groups.stream().map(r::get).toList(), (Double) rounded(r.get(value)));
        }
        return answer;
    }

    private List<List<Object>> rollupRows(Dataset dataset) {
        return db
            .fetch("select * from {0} order by g, v1 nulls first, v2 nulls first", DataTable.rollupName(dataset.id()))
            .map(r -> java.util.Arrays.stream(r.intoArray()).map(RenameKeepsRollupsTest::rounded).toList());
    }

    /**
     * Sums of doubles added in another order differ in the last bits: compared to six
     * decimals.
     */
    private static Object rounded(Object value) {
        return value instanceof Double d ? (Object) (Math.round(d * 1e6) / 1e6) : value;
    }

    /** The rollups as plain SQL over the table computes them (rolled back). */
    private List<List<Object>> rebuiltRollupRows(Dataset dataset) {
        return transaction.execute(status -> {
            rollups.rebuild(dataset.id(), dataset.schema());
            List<List<Object>> rows = rollupRows(dataset);
            status.setRollbackOnly();
            return rows;
        });
    }

    private long indexOid(String name) {
        Long oid = db.fetchValue("select c.oid::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = {0} and c.relname = {1}", DataTable.SCHEMA, name) instanceof Long l ? l : null;
        return oid == null ? 0 : oid;
    }

    private static TableSchema renamed(TableSchema schema, String from, String to) {
        return new TableSchema(schema.fields().stream().map(f -> f.name().equals(from) ? f.withName(to) : f).toList(),
                schema.primaryKey().stream().map(k -> k.equals(from) ? to : k).toList());
    }

}
