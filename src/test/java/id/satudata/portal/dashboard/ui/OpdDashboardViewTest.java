package id.satudata.portal.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.satudata.portal.base.chart.EChart;
import id.satudata.portal.dashboard.DashboardFixtures;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OPD dashboard and the step-11 decision, driven without a browser. */
class OpdDashboardViewTest extends KaribuTest {

    @Autowired
    DashboardFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    RegistryService registry;

    private void open(PortalUser user, String opdCode) {
        login(user);
        UI.getCurrent().navigate(OpdDashboardView.PATH, QueryParameters.of("opd", opdCode));
        _assertOne(OpdDashboardView.class);
    }

    private Integration reload(DashboardFixtures.Review review) {
        return as(review.cast().admin(), () -> registry.get(review.integration().id()));
    }

    @Test
    void anOpdUserLandsOnTheirOwnDashboardWithIntegrationDatasetAndCharts() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiDasbor");
        login(review.cast().opdUser());

        UI.getCurrent().navigate(OpdDashboardView.class);

        assertThat(_get(H2.class, spec -> spec.withId("dashboard-heading")).getText())
            .isEqualTo(review.cast().opd().name());
        _assertOne(Div.class, spec -> spec.withId("integration-" + review.integration().code()));
        _assertOne(Button.class, spec -> spec.withId("confirm-" + review.integration().code()));
        Grid<?> datasets = _get(Grid.class, spec -> spec.withId("dashboard-datasets"));
        assertThat(GridKt._size(datasets)).isEqualTo(1);
        Div charts = _get(Div.class, spec -> spec.withId("dashboard-charts"));
        _assertOne(charts, Div.class, spec -> spec.withId("chart-0"));
        _assertOne(charts, Div.class, spec -> spec.withId("chart-1"));
        assertThat(_get(charts, Div.class, spec -> spec.withClasses("choropleth")).getElement().getText()).isNotNull();
    }

    @Test
    void confirmingMakesTheIntegrationValidated() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiSesuai");
        open(review.cast().opdUser(), review.cast().opd().code());

        _click(_get(Button.class, spec -> spec.withId("confirm-" + review.integration().code())));
        _click(_get(Button.class, spec -> spec.withId("decision-ok")));

        assertThat(reload(review).status()).isEqualTo(IntegrationStatus.VALIDATED);
        _assertNone(Button.class, spec -> spec.withId("confirm-" + review.integration().code()));
    }

    @Test
    void returningWithAReasonSendsTheIntegrationBackToStepThree() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiKembali");
        open(review.cast().opdUser(), review.cast().opd().code());

        _click(_get(Button.class, spec -> spec.withId("return-" + review.integration().code())));
        _get(TextArea.class, spec -> spec.withId("decision-reason")).setValue("Data tahun 2023 belum lengkap.");
        _click(_get(Button.class, spec -> spec.withId("decision-ok")));

        Integration returned = reload(review);
        assertThat(returned.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(returned.currentStep()).isEqualTo(3);
        assertThat(returned.lastReturnReason()).isEqualTo("Data tahun 2023 belum lengkap.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dash-reason")).getText())
            .contains("Data tahun 2023 belum lengkap.");
    }

    @Test
    void returningWithoutAReasonIsRefusedAndChangesNothing() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiTanpa");
        open(review.cast().opdUser(), review.cast().opd().code());

        _click(_get(Button.class, spec -> spec.withId("return-" + review.integration().code())));
        _click(_get(Button.class, spec -> spec.withId("decision-ok")));

        assertThat(_get(TextArea.class, spec -> spec.withId("decision-reason")).isInvalid()).isTrue();
        assertThat(reload(review)).isEqualTo(review.integration());
    }

    @Test
    void staffWhoMayNotDecideSeeTheQuestionButNoButtonsAndAnotherOpdIsNotShown() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiPengawas");
        open(review.cast().pengawas(), review.cast().opd().code());

        _assertOne(Div.class, spec -> spec.withId("integration-" + review.integration().code()));
        _assertNone(Button.class, spec -> spec.withId("confirm-" + review.integration().code()));

        PortalUser stranger = opds.opdStaff(opds.opd("UiAsing"));
        open(stranger, review.cast().opd().code());
        _assertNone(Div.class, spec -> spec.withId("integration-" + review.integration().code()));
        _assertNone(H2.class, spec -> spec.withId("dashboard-heading"));
    }

    @Test
    void theSearchBoxNarrowsDatasetsAndIntegrations() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiCari");
        open(review.cast().opdUser(), review.cast().opd().code());

        _get(TextField.class, spec -> spec.withId("dashboard-search")).setValue("tidak ada kata ini");

        _assertNone(Grid.class, spec -> spec.withId("dashboard-datasets"));
        _assertNone(Div.class, spec -> spec.withId("integration-" + review.integration().code()));
        _get(TextField.class, spec -> spec.withId("dashboard-search")).setValue("penduduk");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("dashboard-datasets")))).isEqualTo(1);
    }

    @Test
    void theChartsRenderAsEChartsAndTheAdministratorOverviewOpens() {
        DashboardFixtures.Review review = fixtures.atStepEleven("UiAdmin");
        open(review.cast().admin(), review.cast().opd().code());
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-charts")).getChildren().count()).isEqualTo(2);

        UI.getCurrent().navigate(OverviewView.class);

        _assertOne(OverviewView.class);
        _assertOne(Grid.class, spec -> spec.withId("overview-ranking"));
        assertThat(_get(OverviewView.class).getChildren()
            .anyMatch(c -> c instanceof Div d && d.getChildren().anyMatch(EChart.class::isInstance))).isTrue();
    }

}
