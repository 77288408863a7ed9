package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.SchemaVersionDownloads;
import id.satudata.portal.datastore.query.SchemaVersionDownloads.Entry;
import id.satudata.portal.datastore.schema.SchemaStep;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * The schema versions of a dataset, newest first: who changed it, when, the steps of the
 * change, and the data as it was under the version (reproduced from the kept payloads of
 * its loads) to download.
 */
class SchemaVersionsPanel extends VerticalLayout {

    /** The key of the column with the download. */
    static final String DATA = "data";

    final Grid<Entry> grid = new Grid<>();

    SchemaVersionsPanel(Dataset dataset, SchemaVersionDownloads versions, ZoneId zone) {
        setId("schema-versions");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("datastore.versions.hint"));
        hint.addClassNames("text-secondary", "m-0");
        grid.setId("schema-version-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.version().version())
            .setHeader(getTranslation("datastore.versions.version"))
            .setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(e -> e.version().changedBy())
            .setHeader(getTranslation("datastore.versions.changedBy"))
            .setAutoWidth(true);
        grid.addColumn(e -> DisplayFormat.dateTime(e.version().changedAt(), zone, getLocale()))
            .setHeader(getTranslation("datastore.versions.changedAt"))
            .setAutoWidth(true);
        grid.addColumn(this::change).setHeader(getTranslation("datastore.versions.change")).setFlexGrow(2);
        boolean mayDownload = versions.mayDownload(dataset.id());
        grid.addComponentColumn(
                e -> mayDownload ? data(dataset, e, versions) : new Span(getTranslation("datastore.versions.notYours")))
            .setKey(DATA)
            .setHeader(getTranslation("datastore.versions.data"))
            .setFlexGrow(1);
        grid.setItems(versions.history(dataset.id()));
        add(hint, grid);
    }

    /** The steps of the change in the reader's language ("the first schema" for none). */
    String change(Entry entry) {
        if (entry.version().steps().isEmpty()) {
            return getTranslation("datastore.versions.first");
        }
        return entry.version().steps().stream().map(this::step).collect(Collectors.joining("; "));
    }

    private String step(SchemaStep step) {
        return getTranslation("datastore.versions.step." + step.kind(), step.field(),
                step.detail() == null ? "" : step.detail());
    }

    /**
     * The download of the version's data, or why there is none; a version that started on
     * top of rows of an earlier version says that its file holds only its own loads.
     */
    private Component data(Dataset dataset, Entry entry, SchemaVersionDownloads versions) {
        int version = entry.version().version();
        if (entry.data().loads() == 0) {
            return new Span(getTranslation("datastore.versions.noLoads"));
        }
        if (!entry.data().reproducible()) {
            return new Span(getTranslation("datastore.versions.payloadMissing", entry.data().withoutPayload().size()));
        }
        String name = dataset.slug() + "-skema-v" + version + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            // written to memory first: a refusal becomes an error, not half a file
            var bytes = new java.io.ByteArrayOutputStream();
            versions.writeCsv(dataset.id(), version, bytes);
            return new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()), name, "text/csv;charset=UTF-8",
                    bytes.size());
        }), getTranslation(entry.data().fromStart() ? "datastore.versions.download" : "datastore.versions.downloadOwn",
                entry.data().loads()));
        download.setId("schema-version-download-" + version);
        download.setTitle(name);
        return download;
    }

}
