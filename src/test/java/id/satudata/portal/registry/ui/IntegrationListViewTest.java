package id.satudata.portal.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.KaribuTest;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry list and "my integrations", driven without a browser. */
class IntegrationListViewTest extends KaribuTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    WorkingCalendar calendar;

    @SuppressWarnings("unchecked")
    private static Grid<Integration> grid() {
        return _get(Grid.class, spec -> spec.withId("integration-grid"));
    }

    /**
     * A cell drawn by a browser-side template, as the browser gets it: the template with
     * the row's values filled in.
     */
    @SuppressWarnings("unchecked")
    private static Element cell(String column, Integration row) {
        LitRenderer<Integration> renderer = (LitRenderer<Integration>) grid().getColumnByKey(column).getRenderer();
        String html = RenderersKt.renderLitTemplate(com.github.mvysny.kaributools.RenderersKt.getTemplate(renderer),
                renderer.getValueProviders(), row);
        return Jsoup.parseBodyFragment(html).body();
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
        assertThat(GridKt._getFormatted(grid(), 0, "status"))
            .isEqualToNormalizingWhitespace("Dikembalikan ke langkah 2");
        Element badge = cell("status", row).selectFirst("vaadin-badge.registry-status");
        assertThat(badge).isNotNull();
        assertThat(badge.attr("theme")).isEqualTo("error");
        assertThat(badge.attr("data-status")).isEqualTo("RETURNED");
        assertThat(badge.text()).isEqualTo("Dikembalikan ke langkah 2");
    }

    @Test
    void aCodeIsALinkToTheIntegrationsDetailPage() {
        RegistryFixtures.Cast cast = fixtures.cast("UiTautan");
        Integration wanted = fixtures.request(cast, "KALTIM");
        login(cast.teknis());

        UI.getCurrent().navigate(IntegrationListView.class);
        _get(TextField.class, spec -> spec.withId("filter-search")).setValue(wanted.code());

        Integration row = GridKt._get(grid(), 0);
        assertThat(GridKt._getFormatted(grid(), 0, "code")).isEqualTo(wanted.code());
        Element link = cell("code", row).selectFirst("a[href][router-link]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(wanted.code());
        String href = link.attr("href");
        assertThat(href).isEqualTo(RouteConfiguration.forSessionScope()
            .getUrl(IntegrationDetailView.class, IntegrationDetailView.parameters(wanted.id())));
        UI.getCurrent().navigate(href);
        _assertOne(IntegrationDetailView.class);
    }

    @Test
    void anOverdueIntegrationShowsItsStatusAndAnOverdueBadge() {
        RegistryFixtures.Cast cast = fixtures.cast("UiTelat");
        Integration late = fixtures.requestAt(cast, "KALTIM", calendar.now().minus(Duration.ofDays(14)));
        Integration onTime = fixtures.request(cast, "KALTIM");
        login(cast.pengawas());

        UI.getCurrent().navigate(IntegrationListView.class);
        _get(TextField.class, spec -> spec.withId("filter-search")).setValue(late.code());
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualToNormalizingWhitespace("Dalam proses Terlambat");
        Element overdue = cell("status", GridKt._get(grid(), 0)).selectFirst("vaadin-badge.registry-overdue");
        assertThat(overdue).isNotNull();
        assertThat(overdue.attr("theme")).isEqualTo("warning");
        assertThat(overdue.text()).isEqualTo("Terlambat");

        _get(TextField.class, spec -> spec.withId("filter-search")).setValue(onTime.code());
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualToNormalizingWhitespace("Dalam proses");
        Element pending = cell("status", GridKt._get(grid(), 0)).selectFirst("vaadin-badge.registry-status");
        assertThat(pending.attr("theme")).isEqualTo("contrast");
        assertThat(cell("status", GridKt._get(grid(), 0)).select("vaadin-badge.registry-overdue").text()).isEmpty();
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
