package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.LoadRecord;
import id.satudata.portal.datastore.LoadService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A dataset's loads, newest first, with the raw payload and the validation report to
 * download.
 */
class LoadHistoryPanel extends VerticalLayout {

    final Grid<LoadRecord> grid = new Grid<>();

    LoadHistoryPanel(Dataset dataset, LoadService loads) {
        setId("load-history");
        setSizeFull();
        grid.setId("load-grid");
        grid.addColumn(r -> Formats.dateTime(r.startedAt(), getLocale()))
            .setHeader(getTranslation("datastore.history.started"))
            .setAutoWidth(true);
        grid.addColumn(r -> r.source().name()).setHeader(getTranslation("datastore.history.source"));
        grid.addColumn(LoadRecord::actor).setHeader(getTranslation("datastore.history.actor")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("datastore.mode." + r.mode()))
            .setHeader(getTranslation("datastore.history.mode"));
        grid.addColumn(r -> getTranslation("datastore.status." + r.status()))
            .setHeader(getTranslation("datastore.history.status"));
        grid.addColumn(LoadRecord::rowsIn).setHeader(getTranslation("datastore.history.rowsIn"));
        grid.addColumn(LoadRecord::rowsAccepted).setHeader(getTranslation("datastore.history.rowsAccepted"));
        grid.addColumn(r -> r.durationMs() == null ? "" : r.durationMs().toString())
            .setHeader(getTranslation("datastore.history.duration"));
        grid.addComponentColumn(r -> payloadLink(r, loads)).setHeader(getTranslation("datastore.history.payload"));
        grid.addComponentColumn(r -> reportLink(r, loads)).setHeader(getTranslation("datastore.history.report"));
        grid.setItems(loads.history(dataset.id(), 200));
        add(grid);
    }

    private Anchor payloadLink(LoadRecord record, LoadService loads) {
        String name = "load-" + record.id() + "." + record.format().name().toLowerCase(Locale.ROOT);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(loads.payload(record.id()), name, "application/octet-stream", -1)), name);
        anchor.setEnabled(record.hasPayload());
        return anchor;
    }

    private Anchor reportLink(LoadRecord record, LoadService loads) {
        String name = "load-" + record.id() + "-report.json";
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = loads.reportJson(record.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), name, "application/json", json.length);
        }), name);
    }

}
