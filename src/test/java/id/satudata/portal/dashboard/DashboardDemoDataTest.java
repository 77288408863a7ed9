package id.satudata.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.chart.ChartKind;
import id.satudata.portal.chart.DashboardChart;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.DemoPortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo's dashboards: datasets linked to the integrations, charts and a map. */
@DemoPortalTest
class DashboardDemoDataTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardCharts charts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private OpdDashboard dashboardOf(String username) {
        SignedIn.as((PortalUser) users.loadUserByUsername(username));
        return dashboards.opdDashboard(dashboards.ownOpd().orElseThrow());
    }

    @Test
    void dinkesReviewsAStuntingDatasetLinkedToItsIntegrationAtStepEleven() {
        OpdDashboard dinkes = dashboardOf("opd.dinkes");

        IntegrationEntry awaiting = dinkes.integrations()
            .stream()
            .filter(IntegrationEntry::awaitingDecision)
            .findFirst()
            .orElseThrow();
        assertThat(awaiting.mayDecide()).isTrue();
        DatasetEntry stunting = dinkes.datasets()
            .stream()
            .filter(d -> d.dataset().slug().equals("kasus-stunting-balita-kabkota-kaltim"))
            .findFirst()
            .orElseThrow();
        assertThat(awaiting.datasetIds()).contains(stunting.dataset().id());
        assertThat(stunting.dataset().rowCount()).isEqualTo(70);
        assertThat(stunting.loads().rejected()).isEqualTo(1);
        List<DashboardChart> drawn = charts.charts(stunting.dataset().id(), Locale.ROOT);
        assertThat(drawn).extracting(c -> c.definition().kind()).containsExactly(ChartKind.MAP, ChartKind.LINE);
        assertThat(drawn.getFirst().region().unmatchedRows()).isZero();
        assertThat(drawn.get(1).spec().categories()).hasSize(7);
    }

    @Test
    void everyDemoIntegrationOpdHasItsDatasetsLinked() {
        for (String user : List.of("opd.dlh", "opd.bappeda", "opd.disdikbud")) {
            OpdDashboard dashboard = dashboardOf(user);
            assertThat(dashboard.datasets()).as(user).isNotEmpty();
            assertThat(dashboard.integrations().stream().flatMap(i -> i.datasetIds().stream()).count()).as(user)
                .isGreaterThanOrEqualTo(1);
        }
    }

}
