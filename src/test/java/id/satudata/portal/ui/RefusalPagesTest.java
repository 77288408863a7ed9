package id.satudata.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.ui.IntegrationDetailView;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refused pages stay in the back office, in the user's language, and name nothing the
 * user may not see.
 */
class RefusalPagesTest extends KaribuTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void anOpdUserOpeningAnotherOpdsIntegrationIsToldItIsNotAllowedInsideTheBackOffice() {
        RegistryFixtures.Cast owner = registry.cast("TolakPemilik");
        RegistryFixtures.Cast other = registry.cast("TolakLain");
        Integration integration = registry.request(owner, "KALTIM");
        login(other.opdUser());

        UI.getCurrent().navigate(IntegrationDetailView.location(integration.id()));

        _assertOne(NotAllowedPage.class);
        _assertOne(BackOfficeLayout.class);
        _assertNone(IntegrationDetailView.class);
        assertThat(_get(H2.class, spec -> spec.withId("not-allowed-page-title")).getText())
            .isEqualTo("Tidak diizinkan");
        String text = _get(Paragraph.class, spec -> spec.withId("not-allowed-page-text")).getText();
        assertThat(text).doesNotContain(String.valueOf(owner.opd().id()))
            .doesNotContain(owner.opd().shortName())
            .doesNotContain(integration.code());
    }

    @Test
    void anOpdUserOpeningAStaffOnlyViewIsToldItIsNotAllowed() {
        login(registry.cast("TolakDaftar").opdUser());

        UI.getCurrent().navigate("app/integrasi");

        _assertOne(RouteNotAllowedPage.class);
        _assertOne(BackOfficeLayout.class);
    }

    @Test
    void anIntegrationThatDoesNotExistIsNotFoundInsideTheBackOffice() {
        login(registry.cast("TolakHilang").admin());

        UI.getCurrent().navigate(IntegrationDetailView.location(987_654_321L));

        _assertOne(NotFoundPage.class);
        assertThat(_get(H2.class, spec -> spec.withId("not-found-page-title")).getText()).isEqualTo("Tidak ditemukan");
    }

    @Test
    void theRefusalSpeaksEnglishToAnEnglishUser() {
        RegistryFixtures.Cast owner = registry.cast("TolakInggris");
        Integration integration = registry.request(owner, "KALTIM");
        login(registry.cast("TolakInggrisLain").opdUser());
        UI.getCurrent().getSession().setLocale(Locales.ENGLISH);
        UI.getCurrent().setLocale(Locales.ENGLISH);

        UI.getCurrent().navigate(IntegrationDetailView.location(integration.id()));

        assertThat(_get(H2.class, spec -> spec.withId("not-allowed-page-title")).getText()).isEqualTo("Not allowed");
    }

}
