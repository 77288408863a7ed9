package id.satudata.portal.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import id.satudata.portal.dashboard.ui.OpdDashboardView;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.GeneratedRows;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An OPD dashboard over 50 datasets with 10,000,000 rows in total (200,000 each): the
 * whole view built (dashboard queries, dataset list, the first dataset opened with its
 * automatic map and line chart) as an OPD user. {@code ./mvnw -Pbench test
 * -Dtest=OpdDashboardBenchmark}
 */
@Tag("bench")
class OpdDashboardBenchmark extends KaribuTest {

    private static final int DATASETS = 50;

    private static final long ROWS_EACH = 200_000;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    GeneratedRows generated;

    @Autowired
    OpdFixtures opds;

    @Test
    void anOpdDashboardOverFiftyDatasetsAndTenMillionRows() {
        Opd opd = opds.opd("BenchDasbor");
        long fill = System.nanoTime();
        for (int i = 0; i < DATASETS; i++) {
            Dataset dataset = datastore.dataset(opd, Visibility.INTERNAL, GeneratedRows.SCHEMA);
            generated.fill(dataset.id(), ROWS_EACH);
        }
        long fillMs = (System.nanoTime() - fill) / 1_000_000;
        login(opds.opdStaff(opd));
        List<String> lines = new ArrayList<>();
        lines.add("%d datasets, %,d rows in total, generated in %,d ms".formatted(DATASETS, DATASETS * ROWS_EACH,
                fillMs));
        lines
            .add(Bench.measure("OPD dashboard view built (queries + components, first dataset's charts)", 3, 30, () -> {
                UI.getCurrent().navigate(OpdDashboardView.PATH, QueryParameters.of("opd", "X"));
                UI.getCurrent().navigate(OpdDashboardView.PATH, QueryParameters.of("opd", opd.code()));
                assertThat(_get(Div.class, spec -> spec.withId("dashboard-charts")).getChildren().count()).isEqualTo(2);
            }).toString());
        assertThat(_get(Grid.class, spec -> spec.withId("dashboard-datasets"))).isNotNull();
        Bench.report("opd-dashboard", lines);
    }

}
