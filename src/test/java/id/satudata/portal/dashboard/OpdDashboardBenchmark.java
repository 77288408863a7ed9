package id.satudata.portal.dashboard;

import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.chart.SchemaFactsReader;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import id.satudata.portal.dashboard.ui.DashboardWarmUp;
import id.satudata.portal.dashboard.ui.OpdDashboardView;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.AggregationResult;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.GeneratedRows;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.KaribuTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An OPD dashboard of 50 datasets, one of them village level: 10,000,000 rows over 80,000
 * villages × 10 years × 2 sexes (every combination present), the others 20,000 rows each.
 * The view is built as an OPD user (the dashboard's service calls, the dataset list, the
 * big dataset opened with its automatic charts) on a first visit (the application's
 * caches emptied, as after a restart; PostgreSQL's buffers and the OS page cache stay
 * warm: the server is not restarted) and warm; then the big dataset's chart aggregations
 * with a filter on each dimension. Targets: first paint < 1 s cold, < 500 ms warm; an
 * aggregation < 200 ms. {@code ./mvnw -Pbench test
 * -Dtest=OpdDashboardBenchmark} ({@code -Dbench.dashboard.rows=N} for a smaller village
 * dataset).
 */
@Tag("bench")
class OpdDashboardBenchmark extends KaribuTest {

    private static final int DATASETS = 50;

    private static final long SMALL_ROWS = 20_000;

    private static final long VILLAGE_ROWS = Long.getLong("bench.dashboard.rows", 10_000_000);

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    GeneratedRows generated;

    @Autowired
    OpdFixtures opds;

    @Autowired
    SchemaFactsReader facts;

    @Autowired
    DashboardCharts charts;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    DashboardWarmUp warmUp;

    @Test
    void anOpdDashboardOfFiftyDatasetsWithAVillageLevelDatasetColdAndWarm() {
        Opd opd = opds.opd("BenchDasbor");
        List<String> lines = new ArrayList<>();
        long fill = System.nanoTime();
        for (int i = 0; i < DATASETS - 1; i++) {
            generated.fill(datastore.dataset(opd, Visibility.INTERNAL, GeneratedRows.SCHEMA).id(), SMALL_ROWS);
        }
        lines.add("%d datasets of %,d rows generated in %,d ms".formatted(DATASETS - 1, SMALL_ROWS,
                (System.nanoTime() - fill) / 1_000_000));
        Dataset villages = datastore.dataset(opd, Visibility.INTERNAL, GeneratedRows.VILLAGE_SCHEMA);
        fill = System.nanoTime();
        generated.fillVillages(villages.id(), VILLAGE_ROWS);
        lines.add("village dataset: %,d rows generated, indexed and rolled up in %,d ms (%s)".formatted(VILLAGE_ROWS,
                (System.nanoTime() - fill) / 1_000_000, Bench.load()));
        login(opds.opdStaff(opd));
        String size = "%d datasets, one of %,d rows".formatted(DATASETS, VILLAGE_ROWS);

        // the first visit of this JVM: nothing compiled or cached yet
        Bench.Series first = new Bench.Series(
                "dashboard first paint, first visit after start (JVM and app caches cold, PostgreSQL warm), " + size)
            .against("target < 1000 ms");
        leave();
        Duration visitAfterReady = warmUp.sinceReady();
        first.time(() -> open(opd, villages));
        lines.add(first.stats().toString());
        // a real first visitor gets the warm-up only if it has finished before they come
        lines.add("  (that visit came %,d ms after the application was ready; the start's warm-up %s)".formatted(
                visitAfterReady.toMillis(),
                warmUp.finishedAfterReady()
                    .map(d -> "finished %,d ms after it was ready".formatted(d.toMillis()))
                    .orElse("had not finished or was off (-Dsatudata.warm-up=false)")));
        Bench.Series cold = new Bench.Series(
                "dashboard first paint, app caches emptied (PostgreSQL buffers warm), " + size)
            .against("target < 1000 ms");
        Bench.Series warm = new Bench.Series("dashboard first paint, warm, " + size).against("target < 500 ms");
        for (int i = 0; i < 10; i++) {
            facts.forget();
            leave();
            cold.time(() -> open(opd, villages));
            for (int j = 0; j < 2; j++) {
                leave();
                warm.time(() -> open(opd, villages));
            }
        }
        lines.add(cold.stats().toString());
        lines.add(warm.stats().toString());
        assertThat(_get(Grid.class, spec -> spec.withId("dashboard-datasets"))).isNotNull();

        // what the charts ask of the big dataset, filtered on each dimension
        Map<String, String> filterValues = Map.of("kode_desa", "6400012345", "tahun", "2016", "jenis_kelamin", "L");
        for (String filtered : List.of("kode_desa", "tahun", "jenis_kelamin")) {
            List<RowFilter> filters = List
                .of(new RowFilter(filtered, RowFilter.Op.EQUALS, List.of(filterValues.get(filtered))));
            Bench.Series chart = new Bench.Series("dashboard chart of the village dataset, filter on " + filtered)
                .against("target < 200 ms");
            for (int i = 0; i < 20; i++) {
                chart.time(() -> assertThat(charts.firstChart(villages.id(), filters, Locale.of("id"))).isPresent());
            }
            lines.add(chart.stats().toString());
            for (String groupBy : List.of("tahun", "jenis_kelamin", "kode_desa")) {
                AggregationQuery query = new AggregationQuery("jumlah", Aggregate.SUM, List.of(groupBy), filters);
                AggregationResult.Path[] path = new AggregationResult.Path[1];
                int[] groups = new int[1];
                Bench.Series series = new Bench.Series(
                        "sum(jumlah) by %s, filter %s = %s".formatted(groupBy, filtered, filterValues.get(filtered)))
                    .against("target < 200 ms");
                for (int i = 0; i < 12; i++) {
                    series.time(() -> {
                        AggregationResult result = queries.aggregate(villages.id(), query);
                        path[0] = result.path();
                        groups[0] = result.groups().size();
                    });
                }
                lines.add(series.stats() + " via " + path[0] + ", " + groups[0] + " groups");
            }
        }
        lines.add(Bench.load());
        Bench.report("opd-dashboard", lines);
    }

    /**
     * To the page that asks for an OPD, so that the next visit builds the dashboard anew.
     */
    private static void leave() {
        UI.getCurrent().navigate(OpdDashboardView.PATH, QueryParameters.of("opd", "X"));
    }

    private static void open(Opd opd, Dataset dataset) {
        UI.getCurrent()
            .navigate(OpdDashboardView.PATH,
                    QueryParameters.simple(Map.of("opd", opd.code(), "dataset", String.valueOf(dataset.id()))));
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-charts")).getChildren().count()).isPositive();
    }

}
