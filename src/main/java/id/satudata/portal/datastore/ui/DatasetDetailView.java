package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.SchemaVersionDownloads;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * One dataset: its schema, a preview of its rows, upload, load history, schema versions,
 * and the tabs other features add (the catalogue's metadata and release).
 */
@Route(value = "app/dataset/:id", layout = BackOfficeLayout.class)
@PageTitle("Dataset")
@PermitAll
public class DatasetDetailView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * Query parameter naming the tab to open ("tab-preview"); the schema tab without it.
     */
    static final String TAB_PARAMETER = "tab";

    private final DatasetService datasets;

    private final DatasetQueryService queries;

    private final LoadService loads;

    private final OpdService opds;

    private final SchemaVersionDownloads versions;

    private final List<DatasetTab> extraTabs;

    private final long maxUploadBytes;

    private final ZoneId zone;

    DatasetDetailView(DatasetService datasets, DatasetQueryService queries, LoadService loads, OpdService opds,
            SchemaVersionDownloads versions, List<DatasetTab> extraTabs, DatastoreProperties properties, Clock clock) {
        this.versions = versions;
        this.zone = clock.getZone();
        this.maxUploadBytes = properties.maxPayloadBytes();
        this.datasets = datasets;
        this.queries = queries;
        this.loads = loads;
        this.opds = opds;
        this.extraTabs = extraTabs;
        setId("dataset-detail");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        Dataset dataset;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            dataset = datasets.get(id);
        }
        catch (NumberFormatException | NotFoundException e) {
            event.forwardTo(DatasetListView.class);
            return;
        }
        show(dataset, event.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse("tab-schema"));
    }

    private void show(Dataset dataset, String selected) {
        removeAll();
        H2 title = new H2(dataset.title());
        title.setId("dataset-title");
        title.addClassNames("text-xl", "m-0");
        Span summary = new Span(getTranslation("datastore.detail.summary", opds.get(dataset.opdId()).name(),
                DisplayFormat.integer(dataset.rowCount(), getLocale()), dataset.schemaVersion()));
        summary.setId("dataset-summary");
        summary.addClassNames("text-secondary");
        Span visibility = new Span(getTranslation("datastore.visibility." + dataset.visibility()));
        visibility.getElement().getThemeList().add("badge");
        TabSheet tabs = new TabSheet();
        tabs.setId("dataset-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("datastore.tab.schema"),
                new SchemaEditor(dataset, datasets, tab -> reload(dataset.id(), tab)))
            .setId("tab-schema");
        tabs.add(getTranslation("datastore.tab.preview"), new DataPreview(dataset, queries, zone)).setId("tab-preview");
        LoadHistoryPanel history = new LoadHistoryPanel(dataset, loads, zone);
        if (datasets.mayLoad(dataset.id())) {
            tabs.add(getTranslation("datastore.tab.upload"), new UploadPanel(dataset, loads, maxUploadBytes, result -> {
                if (result.accepted()) {
                    reload(dataset.id(), "tab-history");
                }
                else {
                    // the header and the preview are unchanged; only the history gained a
                    // row
                    history.refresh();
                }
            })).setId("tab-upload");
        }
        tabs.add(getTranslation("datastore.tab.history"), history).setId("tab-history");
        tabs.add(getTranslation("datastore.tab.versions"), new SchemaVersionsPanel(dataset, versions, zone))
            .setId("tab-versions");
        extraTabs.stream()
            .filter(DatasetTab::visible)
            .sorted(Comparator.comparingInt(DatasetTab::order))
            .forEach(tab -> {
                String tabId = "tab-" + tab.titleKey().replace('.', '-');
                tabs.add(getTranslation(tab.titleKey()), tab.create(dataset, () -> reload(dataset.id(), tabId)))
                    .setId(tabId);
            });
        add(title, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(visibility, summary), tabs);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (selected.equals(tabs.getTabAt(i).getId().orElse(""))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    /** Shows the dataset afresh (after a schema change or a load) on the given tab. */
    void reload(long datasetId, String selectTab) {
        show(datasets.get(datasetId), selectTab);
    }

}
