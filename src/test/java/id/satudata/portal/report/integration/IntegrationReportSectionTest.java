package id.satudata.portal.report.integration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.ui.IntegrationDetailView;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report section of the integration detail view, driven without a browser. */
class IntegrationReportSectionTest extends KaribuTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    IntegrationReportFixtures reportFixtures;

    @Autowired
    RegistryService registry;

    private void open(PortalUser user, long id) {
        login(user);
        UI.getCurrent().navigate(IntegrationDetailView.class, IntegrationDetailView.parameters(id));
        _assertOne(IntegrationDetailView.class);
    }

    @Test
    void theAdministratorWritesTheReportAndTheIntegrationIsFinished() {
        RegistryFixtures.Cast cast = fixtures.cast("UiLaporan");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        open(cast.admin(), at12.id());

        _click(_get(Button.class, spec -> spec.withId("report-complete")));

        Integration after = as(cast.admin(), () -> registry.get(at12.id()));
        assertThat(after.isFinished()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("integration-report")).getElement().getTextRecursively())
            .contains("Unduh PDF tersimpan (versi 1)");
        _assertOne(Anchor.class, spec -> spec.withId("report-latest-pdf"));
        _assertOne(Button.class, spec -> spec.withId("report-regenerate"));
        _assertNone(Button.class, spec -> spec.withId("report-complete"));
    }

    @Test
    void theOpdSeesItsReportButDoesNotFileIt() {
        RegistryFixtures.Cast cast = fixtures.cast("UiLaporanOpd");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        open(cast.opdUser(), at12.id());

        _assertOne(Anchor.class, spec -> spec.withId("report-current-pdf"));
        _assertOne(Anchor.class, spec -> spec.withId("report-current-docx"));
        _assertNone(Button.class, spec -> spec.withId("report-complete"));
        _assertNone(Button.class, spec -> spec.withId("report-regenerate"));
    }

}
