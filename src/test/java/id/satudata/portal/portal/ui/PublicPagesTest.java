package id.satudata.portal.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import id.satudata.portal.search.FacetCount;
import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.chart.ChartDefinition;
import id.satudata.portal.chart.ChartKind;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.base.chart.EChart;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public pages in the real context: what visitors see, and that nothing unreleased
 * leaks.
 */
class PublicPagesTest extends KaribuTest {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DashboardCharts dashboardCharts;

    Opd dinkes;

    Dataset released;

    Dataset internal;

    Dataset withdrawn;

    @BeforeEach
    void datasets() {
        dinkes = opds.opd("Dinkes");
        released = fixtures.released(dinkes, "Jumlah Penduduk Kaltim Publik", "Penduduk per kabupaten/kota",
                "kependudukan", List.of("penduduk"));
        internal = fixtures.dataset(dinkes, "Rekap Gizi Rahasia", "Belum dirilis", Visibility.INTERNAL);
        fixtures.describe(internal, "kependudukan", List.of("penduduk"), 2021, 2022);
        withdrawn = fixtures.released(dinkes, "Kasus DBD Ditarik", "Ditarik untuk perbaikan", "kependudukan",
                List.of("penduduk"));
        fixtures.withdraw(withdrawn);
    }

    private List<String> cardTitles() {
        return _find(DatasetCard.class).stream()
            .flatMap(card -> _find(card, Anchor.class).stream())
            .filter(a -> a.hasClassName("dataset-card-title"))
            .map(a -> a.getText().isEmpty() ? a.getElement().getProperty("innerHTML", "").replaceAll("<[^>]+>", "")
                    : a.getText())
            .toList();
    }

    @Test
    void homeShowsCountsTopicsAndTheNewestReleasedDatasetsOnly() {
        UI.getCurrent().navigate("");
        _assertOne(PublicHomeView.class);
        assertThat(cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("stat-datasets")).getElement()
            .getTextRecursively()).matches("\\d+Dataset");
        _assertOne(Anchor.class, spec -> spec.withId("topic-kependudukan"));
        assertThat(_get(Anchor.class, spec -> spec.withId("topic-kependudukan")).getHref())
            .isEqualTo("/topik/kependudukan");
    }

    @Test
    void datasetPageShowsMetadataRowsChartDownloadsAndApiExamples() {
        UI.getCurrent().navigate("dataset/" + released.slug());
        DatasetView view = _get(DatasetView.class);
        assertThat(view.getPageTitle()).isEqualTo("Jumlah Penduduk Kaltim Publik");
        assertThat(_get(Span.class, spec -> spec.withId("meta-walidata")).getText()).isEqualTo("Diskominfo");
        assertThat(_get(Span.class, spec -> spec.withId("meta-period")).getText()).isEqualTo("2020–2023");
        assertThat(_get(Span.class, spec -> spec.withId("meta-unit")).getText()).isEqualTo("jiwa");
        assertThat(_get(Span.class, spec -> spec.withId("meta-licence")).getElement().getTextRecursively())
            .contains("Creative Commons");
        PreviewGrid preview = _get(PreviewGrid.class);
        assertThat(GridKt._size(preview.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(preview.grid, 2)).contains("Balikpapan", "730.000");
        EChart chart = _get(EChart.class);
        assertThat(chart.getOption()).contains("Balikpapan").contains("730000");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-whole-csv")).getHref())
            .isEqualTo("/download/" + released.slug() + ".csv");
        assertThat(_get(com.vaadin.flow.component.html.Pre.class, spec -> spec.withId("api-rows")).getText())
            .contains("/api/3/action/datastore_search?resource_id=" + released.slug());
    }

    @Test
    void filteringThePreviewFiltersTheChartAndOffersTheFilteredDownload() {
        UI.getCurrent().navigate("dataset/" + released.slug());
        PreviewGrid preview = _get(PreviewGrid.class);
        preview.selects.get("nama_kabupaten_kota").setValue("Paser");
        assertThat(GridKt._size(preview.grid)).isEqualTo(1);
        assertThat(_get(EChart.class).getOption()).contains("Paser").doesNotContain("Balikpapan");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-filtered-xlsx")).getHref())
            .isEqualTo("/download/" + released.slug() + ".xlsx?f.nama_kabupaten_kota=Paser");
    }

    @Test
    void theDatasetPageShowsTheChartStaffSavedOnTheDashboard() {
        CatalogFixtures.as(opds.staff(Role.TEKNIS), () -> dashboardCharts.save(released.id(), 0,
                ChartDefinition.of(ChartKind.PIE, "nama_kabupaten_kota", "luas_km2", Aggregate.SUM)));
        UI.getCurrent().navigate("dataset/" + released.slug());
        assertThat(_get(EChart.class).getOption()).contains("\"pie\"").contains("11603.94");
    }

    @Test
    void unreleasedAndWithdrawnDatasetPagesAreNotFoundEvenForStaff() {
        login(opds.staff(Role.ADMINISTRATOR));
        for (Dataset hidden : List.of(internal, withdrawn)) {
            UI.getCurrent().navigate("dataset/" + hidden.slug());
            _assertNone(DatasetView.class);
            _assertOne(PublicNotFoundView.class);
        }
        UI.getCurrent().navigate("dataset/no-such-dataset");
        _assertOne(PublicNotFoundView.class);
    }

    @Test
    void organisationAndTopicPagesListOnlyReleasedDatasets() {
        UI.getCurrent().navigate("organisasi/" + dinkes.code());
        _assertOne(OrganisationView.class);
        assertThat(cardTitles()).containsExactly("Jumlah Penduduk Kaltim Publik");
        UI.getCurrent().navigate("topik/kependudukan");
        _assertOne(TopicView.class);
        assertThat(cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        UI.getCurrent().navigate("topik/tidak-ada");
        _assertOne(PublicNotFoundView.class);
    }

    @Test
    void organisationsAndTopicsListsShowCounts() {
        UI.getCurrent().navigate("organisasi");
        _assertOne(OrganisationsView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText(dinkes.name()))).hasSize(1);
        UI.getCurrent().navigate("topik");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("topic-tile"))).hasSize(14);
    }

    @Test
    void searchFindsReleasedDatasetsWithHighlightsAndFacetsButNeverUnreleasedOnes() {
        // all three words: other test classes share the database and release datasets
        // about "penduduk" too
        UI.getCurrent().navigate("cari", QueryParameters.fromString("q=penduduk%20kaltim%20publik"));
        SearchView view = _get(SearchView.class);
        assertThat(cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        Anchor title = _find(Anchor.class, spec -> spec.withClasses("dataset-card-title")).get(0);
        assertThat(title.getElement().getProperty("innerHTML")).contains("<mark>");
        @SuppressWarnings("unchecked")
        CheckboxGroup<FacetCount> topics = _get(CheckboxGroup.class, spec -> spec.withId("facet-topic"));
        FacetCount kependudukan = topics.getListDataView()
            .getItems()
            .filter(c -> c.value().equals("kependudukan"))
            .findFirst()
            .orElseThrow();
        assertThat(kependudukan.count()).isGreaterThanOrEqualTo(1);
        topics.setValue(java.util.Set.of(kependudukan));
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).startsWith("cari?q=penduduk")
            .endsWith("&topic=kependudukan");
        assertThat(cardTitles()).contains("Jumlah Penduduk Kaltim Publik");
        assertThat(view.getPageTitle()).startsWith("penduduk kaltim publik");
    }

    @Test
    void emptyAndNonsenseQueriesAreAnsweredGracefully() {
        UI.getCurrent().navigate("cari");
        assertThat(cardTitles()).isNotEmpty().doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        for (String nonsense : List.of("%22%28%5B%7B*%3F~%5E", "zzqqxxyy", "AND%20OR%20NOT", "%3Cscript%3E")) {
            UI.getCurrent()
                .navigate("cari", QueryParameters.fromString("q=" + nonsense + "&hal=99999&urut=bogus&year=abc"));
            _assertOne(SearchView.class);
            _assertOne(Paragraph.class, spec -> spec.withId("no-results"));
        }
    }

}
