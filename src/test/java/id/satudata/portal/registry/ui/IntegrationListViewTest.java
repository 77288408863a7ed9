package id.satudata.portal.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry list and "my integrations", driven without a browser. */
class IntegrationListViewTest extends KaribuTest {

    @Autowired
    RegistryFixtures fixtures;

    @SuppressWarnings("unchecked")
    private static Grid<Integration> grid() {
        return _get(Grid.class, spec -> spec.withId("integration-grid"));
    }

    private static String countOf(String figureId) {
        return _get(NativeButton.class, spec -> spec.withId(figureId)).getChildren()
            .findFirst()
            .map(c -> c.getElement().getText())
            .orElseThrow();
    }

    @Test
    void staffSeeCountsPerStatusAndFilterTheListByChoosingOne() {
        RegistryFixtures.Cast cast = fixtures.cast("UiDaftar");
        fixtures.request(cast, "KALTIM");
        long returned = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, returned, 3);
        fixtures.advance(cast, returned, Outcome.NO, "Skenario belum disepakati.");
        login(cast.teknis());

        UI.getCurrent().navigate(IntegrationListView.class);
        _assertOne(IntegrationListView.class);
        _get(TextField.class, spec -> spec.withId("filter-search")).setValue("UiDaftar");

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(countOf("count-all")).isEqualTo("2");
        assertThat(countOf("count-PENDING")).isEqualTo("1");
        assertThat(countOf("count-RETURNED")).isEqualTo("1");
        assertThat(countOf("count-VALIDATED")).isEqualTo("0");

        _click(_get(NativeButton.class, spec -> spec.withId("count-RETURNED")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        Integration row = GridKt._get(grid(), 0);
        assertThat(row.id()).isEqualTo(returned);
        assertThat(row.status()).isEqualTo(IntegrationStatus.RETURNED);
        assertThat(GridKt._getFormatted(grid(), 0, "step")).isEqualTo("2/12");
        assertThat(GridKt._getFormatted(grid(), 0, "opd")).isEqualTo("UiDaftar");
    }

    @Test
    void searchingByCodeFindsTheOneIntegration() {
        RegistryFixtures.Cast cast = fixtures.cast("UiCari");
        fixtures.request(cast, "KALTIM");
        Integration wanted = fixtures.request(cast, "TRENGGALEK_INTERNAL");
        login(cast.admin());

        UI.getCurrent().navigate(IntegrationListView.class);
        _get(TextField.class, spec -> spec.withId("filter-search")).setValue(wanted.code());

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).code()).isEqualTo(wanted.code());
        assertThat(GridKt._getFormatted(grid(), 0, "template")).isEqualTo("Trenggalek int.");
    }

    @Test
    void anOpdUserSeesOnlyTheirOwnOpdsIntegrations() {
        RegistryFixtures.Cast mine = fixtures.cast("UiMilik");
        RegistryFixtures.Cast other = fixtures.cast("UiLain");
        long own = fixtures.request(mine, "KALTIM").id();
        fixtures.request(other, "KALTIM");
        login(mine.opdUser());

        UI.getCurrent().navigate(MyIntegrationsView.class);
        _assertOne(MyIntegrationsView.class);

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(own);
        assertThat(countOf("count-all")).isEqualTo("1");
    }

}
