package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.datastore.DatasetFromFile;
import id.satudata.portal.datastore.DatasetFromFile.Outcome;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.ui.Notifications;
import id.satudata.portal.ui.UploadGuard;
import id.satudata.portal.ui.UploadTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates a dataset from one file in one pick: the file is uploaded once, its schema
 * proposed for review beside the dataset's details, and the same file loaded. A refused
 * load shows its errors here; the team corrects the schema and loads the file again
 * without picking it again.
 */
class DatasetFromFileDialog extends Dialog {

    private final DatasetFromFile fromFile;

    final DatasetForm form;

    final Span fileInfo = new Span();

    private final VerticalLayout schemaRows = new VerticalLayout();

    private final List<SchemaEditor.FieldRow> fieldRows = new ArrayList<>();

    final Button load = new Button();

    final Span outcome = new Span();

    final LoadErrorGrid errors = new LoadErrorGrid();

    private final VerticalLayout review = new VerticalLayout();

    private final MissingValuesField missingValues = new MissingValuesField();

    private @Nullable Path file;

    private String fileName = "";

    /** The dataset the first try made; later tries load into it. */
    private @Nullable Long created;

    DatasetFromFileDialog(DatasetFromFile fromFile, List<Opd> opds, long maxBytes) {
        this.fromFile = fromFile;
        this.form = new DatasetForm(opds);
        setId("from-file-dialog");
        setHeaderTitle(getTranslation("datastore.fromFile.title"));
        setWidth("min(72rem, 96vw)");
        Upload upload = new Upload(UploadGuard.limit(maxBytes, UploadHandler.toTempFile((metadata, temp) -> {
            fileChosen(metadata.fileName(), temp.toPath());
        })));
        upload.setId("from-file-upload");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", ".tsv");
        upload.setDropLabel(new Span(getTranslation("datastore.fromFile.drop")));
        fileInfo.setId("from-file-name");
        form.save.setVisible(false);
        schemaRows.setId("from-file-schema");
        schemaRows.setPadding(false);
        schemaRows.setSpacing(false);
        load.setText(getTranslation("datastore.fromFile.load"));
        load.setId("from-file-load");
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.addClickListener(e -> createAndLoad());
        outcome.setId("from-file-outcome");
        errors.setId("from-file-errors");
        review.setPadding(false);
        review.add(fileInfo, form, new Paragraph(getTranslation("datastore.fromFile.review")), schemaRows,
                missingValues, outcome, errors);
        review.setVisible(false);
        add(new Paragraph(getTranslation("datastore.fromFile.hint")), upload, review);
        getFooter().add(new Button(getTranslation("datastore.fromFile.cancel"), e -> close()), load);
        load.setVisible(false);
    }

    /** Keeps the file for the load and proposes its schema (also what tests call). */
    void fileChosen(String name, Path temp) {
        deleteFile();
        file = temp;
        fileName = name;
        TableSchema proposed = fromFile.propose(name, temp);
        schemaRows.removeAll();
        fieldRows.clear();
        for (SchemaField field : proposed.fields()) {
            SchemaEditor.FieldRow row = new SchemaEditor.FieldRow(field, proposed.primaryKey().contains(field.name()),
                    true, null);
            row.remove.addClickListener(e -> {
                fieldRows.remove(row);
                schemaRows.remove(row);
            });
            fieldRows.add(row);
            schemaRows.add(row);
        }
        missingValues.setMarkers(proposed.missingValues());
        if (form.title.getValue().isBlank()) {
            form.title.setValue(titleOf(name));
        }
        fileInfo.setText(getTranslation("datastore.fromFile.proposed", name, proposed.fields().size()));
        review.setVisible(true);
        load.setVisible(true);
    }

    List<SchemaEditor.FieldRow> fieldRows() {
        return List.copyOf(fieldRows);
    }

    /** "sungai_2023.csv" gives "sungai 2023". */
    static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replaceAll("[_\\-]+", " ").strip();
    }

    private TableSchema schema() {
        List<SchemaField> fields = fieldRows.stream().map(SchemaEditor.FieldRow::field).toList();
        List<String> key = fieldRows.stream().filter(r -> r.key.getValue()).map(r -> r.field().name()).toList();
        return new TableSchema(fields, key, missingValues.markers());
    }

    private void createAndLoad() {
        if (file == null) {
            return;
        }
        var draft = form.draft();
        if (draft.isEmpty()) {
            return;
        }
        Outcome result = fromFile.createAndLoad(created, draft.get(), schema(), fileName, file);
        created = result.dataset().id();
        // the dataset exists now: its details are changed on its own page
        form.setEnabled(false);
        if (result.load().accepted()) {
            Notifications.success(getTranslation("datastore.fromFile.loaded", result.dataset().title(),
                    result.load().rowsAccepted()));
            close();
            getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class, new RouteParameters("id", created.toString()),
                    new QueryParameters(Map.of(DatasetDetailView.TAB_PARAMETER, List.of("tab-preview")))));
            return;
        }
        outcome.setText(getTranslation("datastore.fromFile.rejected", result.load().errorCount()));
        errors.setItems(result.load().errors());
        errors.setVisible(true);
        Notifications.error(outcome.getText());
    }

    /**
     * The dialog leaves the page when closed (or the page goes): the kept file goes too.
     */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        deleteFile();
        super.onDetach(detachEvent);
    }

    private void deleteFile() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = null;
    }

}
