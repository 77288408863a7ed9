package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.ui.UploadGuard;
import id.satudata.portal.ui.UploadTexts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.ui.Notifications;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Upload of a CSV or XLSX file into the dataset (Vaadin's Upload shows the transfer
 * progress), with the chosen mode; shows the outcome and the first errors.
 */
class UploadPanel extends VerticalLayout {

    private final Dataset dataset;

    private final LoadService loads;

    private final Consumer<LoadResult> loaded;

    final Select<LoadMode> mode = new Select<>();

    final Span outcome = new Span();

    final LoadErrorGrid errors = new LoadErrorGrid();

    /**
     * @param loaded called after every load, accepted or refused
     */
    UploadPanel(Dataset dataset, LoadService loads, long maxBytes, Consumer<LoadResult> loaded) {
        this.dataset = dataset;
        this.loads = loads;
        this.loaded = loaded;
        setId("upload-panel");
        mode.setLabel(getTranslation("datastore.upload.mode"));
        mode.setItems(LoadMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("datastore.mode." + m));
        mode.setValue(LoadMode.APPEND);
        mode.setId("upload-mode");
        Upload upload = new Upload(UploadGuard.limit(maxBytes, UploadHandler.toTempFile((metadata, file) -> {
            try {
                load(metadata.fileName(), file.toPath());
            }
            finally {
                Files.deleteIfExists(file.toPath());
            }
        })));
        upload.setId("data-upload");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", ".tsv");
        upload.setDropLabel(new Span(getTranslation("datastore.upload.drop")));
        outcome.setId("upload-outcome");
        errors.setId("upload-errors");
        add(new Paragraph(getTranslation("datastore.upload.hint")), mode, upload, outcome, errors);
    }

    /**
     * What the load read differently from the file's text: markers read as empty, values
     * cleaned of invisible characters (and where the first was).
     */
    String notes(LoadResult result) {
        StringBuilder notes = new StringBuilder();
        if (result.valuesReadAsMissing() > 0) {
            notes.append(' ').append(getTranslation("datastore.upload.readAsMissing", result.valuesReadAsMissing()));
        }
        if (result.firstCleaned() != null) {
            notes.append(' ')
                .append(getTranslation("datastore.upload.cleaned", result.valuesCleaned(), result.firstCleaned().row(),
                        result.firstCleaned().column()));
        }
        return notes.toString();
    }

    /** Loads an uploaded file (also what tests call). */
    LoadResult load(String fileName, Path file) throws IOException {
        Optional<PayloadFormat> format = PayloadFormat.ofFileName(fileName);
        if (format.isEmpty() || format.get() == PayloadFormat.JSON && !fileName.endsWith(".json")) {
            Notifications.error(getTranslation("datastore.upload.unsupported", fileName));
            return null;
        }
        LoadResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = loads.load(LoadRequest.of(dataset.id(), mode.getValue(), format.get()).withFileName(fileName), in);
        }
        if (result.accepted()) {
            Notifications.success(getTranslation("datastore.upload.accepted", result.loadId(), result.rowsAccepted())
                    + notes(result));
            loaded.accept(result);
            return result;
        }
        String key = result.problem() == id.satudata.portal.datastore.ingest.LoadProblem.INTERNAL
                ? "datastore.upload.failed" : "datastore.upload.rejected";
        outcome.setText(getTranslation(key, result.loadId(), result.errorCount()) + notes(result));
        errors.setItems(result.errors());
        errors.setVisible(true);
        Notifications.error(outcome.getText());
        loaded.accept(result);
        return result;
    }

}
