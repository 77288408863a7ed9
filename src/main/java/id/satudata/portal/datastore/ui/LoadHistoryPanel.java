package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A dataset's loads, newest first, with the raw payload and the validation report to
 * download.
 */
class LoadHistoryPanel extends VerticalLayout {

    final Grid<LoadRecord> grid = new Grid<>();

    private final Dataset dataset;

    private final LoadService loads;

    LoadHistoryPanel(Dataset dataset, LoadService loads, ZoneId zone) {
        this.dataset = dataset;
        this.loads = loads;
        setId("load-history");
        setSizeFull();
        grid.setId("load-grid");
        // compact cells: ten columns fit a laptop screen without scrolling sideways
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> DisplayFormat.dateTime(r.startedAt(), zone, getLocale()))
            .setHeader(getTranslation("datastore.history.started"))
            .setAutoWidth(true);
        grid.addColumn(r -> r.source().name()).setHeader(getTranslation("datastore.history.source")).setAutoWidth(true);
        grid.addColumn(LoadRecord::actor).setHeader(getTranslation("datastore.history.actor")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("datastore.modeShort." + r.mode()))
            .setHeader(getTranslation("datastore.history.mode"))
            .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("datastore.status." + r.status()))
            .setHeader(getTranslation("datastore.history.status"))
            .setAutoWidth(true);
        number(grid.addColumn(r -> DisplayFormat.integer(r.rowsIn(), getLocale())), "datastore.history.rowsIn");
        number(grid.addColumn(r -> DisplayFormat.integer(r.rowsAccepted(), getLocale())),
                "datastore.history.rowsAccepted");
        number(grid.addColumn(r -> r.durationMs() == null ? "" : DisplayFormat.integer(r.durationMs(), getLocale())),
                "datastore.history.duration");
        grid.addComponentColumn(r -> downloads(r, loads))
            .setHeader(getTranslation("datastore.history.downloads"))
            .setAutoWidth(true);
        refresh();
        add(grid);
    }

    /** Reads the loads again (after a load, accepted or refused). */
    void refresh() {
        grid.setItems(loads.history(dataset.id(), 200));
    }

    private void number(Grid.Column<LoadRecord> column, String header) {
        column.setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    /** The raw payload and the validation report; the file name tells which load. */
    private HorizontalLayout downloads(LoadRecord record, LoadService loads) {
        String payloadName = "load-" + record.id() + "." + record.format().name().toLowerCase(Locale.ROOT);
        Anchor payload = link(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(loads.payload(record.id()), payloadName, "application/octet-stream", -1)),
                "datastore.history.payload", payloadName);
        payload.setEnabled(record.hasPayload());
        String reportName = "load-" + record.id() + "-report.json";
        Anchor report = link(DownloadHandler.fromInputStream(event -> {
            byte[] json = loads.reportJson(record.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), reportName, "application/json", json.length);
        }), "datastore.history.report", reportName);
        HorizontalLayout links = new HorizontalLayout(payload, report);
        links.setSpacing(false);
        links.getStyle().set("gap", "var(--lumo-space-s)");
        return links;
    }

    private Anchor link(DownloadHandler handler, String textKey, String fileName) {
        Anchor anchor = new Anchor(handler, getTranslation(textKey));
        anchor.setTitle(fileName);
        anchor.getElement().setAttribute("aria-label", getTranslation(textKey) + " " + fileName);
        return anchor;
    }

}
