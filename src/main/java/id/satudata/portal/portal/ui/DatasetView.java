package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.ui.PublicLayout;
import java.time.Clock;
import java.util.List;

/**
 * A released dataset's page: title and producer, an automatic chart, the rows in a
 * sortable and filterable grid, downloads of the whole or filtered data, API examples and
 * the full metadata. Anything not released is "not found". The schema.org JSON-LD of the
 * page is put into the initial HTML by {@link JsonLdInjector}.
 */
@Route(value = DatasetView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class DatasetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String BASE = "dataset/";

    public static final String PATH = BASE + ":slug";

    private final PublicCatalog catalog;

    private final DatasetQueryService queries;

    private final DashboardCharts charts;

    private final ChartRenderer renderer;

    private final Clock clock;

    private String title = "";

    public DatasetView(PublicCatalog catalog, DatasetQueryService queries, DashboardCharts charts,
            ChartRenderer renderer, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.charts = charts;
        this.renderer = renderer;
        this.clock = clock;
        setId("dataset");
        addClassName("page");
    }

    static String path(String slug) {
        return "/" + BASE + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PublicDataset released;
        try {
            released = catalog.get(slug);
        }
        catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        catalog.recordView(released.summary().id());
        title = released.summary().title();
        removeAll();
        show(released);
    }

    private void show(PublicDataset released) {
        Nav crumbs = new Nav(new Anchor("/", getTranslation("portal.nav.home")),
                new Anchor(OrganisationView.path(released.summary().organisation().code()),
                        released.summary().organisation().name()));
        crumbs.addClassName("breadcrumbs");
        Paragraph description = new Paragraph(released.summary().description());
        description.addClassName("lead");
        add(crumbs, new H1(title), description);
        if (released.dataset().schema().isEmpty()) {
            add(new Paragraph(getTranslation("portal.dataset.noSchema")));
            add(section("metadata-section", "portal.dataset.metadata", new MetadataPanel(released, clock.getZone())));
            return;
        }
        DatasetChart chart = new DatasetChart(released.dataset(), charts, renderer);
        DownloadLinks downloads = new DownloadLinks(released.dataset());
        PreviewGrid preview = new PreviewGrid(released.dataset(), queries, clock.getZone(), filters -> {
            chart.show(filters);
            downloads.show(filters, queries.count(released.dataset().id(),
                    id.satudata.portal.datastore.query.RowQuery.all().filteredBy(filters)));
        });
        chart.show(List.<RowFilter>of());
        downloads.show(List.of(), released.dataset().rowCount());
        Div columns = new Div(section("chart-section", "portal.dataset.chart", chart),
                section("downloads-section", "portal.dataset.downloads", downloads));
        columns.addClassName("dataset-top");
        add(columns, section("preview-section", "portal.dataset.preview", preview),
                section("api-section", "portal.dataset.api", new ApiExamples(released.summary().slug())),
                section("metadata-section", "portal.dataset.metadata", new MetadataPanel(released, clock.getZone())));
    }

    private Section section(String id, String headingKey, Component content) {
        Section section = new Section(new H2(getTranslation(headingKey)), content);
        section.setId(id);
        section.addClassName("dataset-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
