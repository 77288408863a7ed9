package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.ui.UploadGuard;
import id.satudata.portal.ui.UploadTexts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.schema.SchemaChange;
import id.satudata.portal.datastore.schema.SchemaChangeNeedsConfirmation;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.ui.Notifications;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Edits a dataset's schema field by field, or fills it from a sample file (inferred, then
 * edited), and its missing-value markers; saving changes the typed table. Each row
 * remembers the name its field was saved under, so that a new name is a rename (values
 * kept), not a drop and an add.
 */
class SchemaEditor extends VerticalLayout {

    private final Dataset dataset;

    private final DatasetService datasets;

    private final VerticalLayout rows = new VerticalLayout();

    private final List<FieldRow> fieldRows = new ArrayList<>();

    private final boolean editable;

    /** A sample only needs its first rows; a larger file is refused in the browser. */
    private static final long MAX_SAMPLE_BYTES = 50L * 1024 * 1024;

    private final Consumer<String> reload;

    private final MissingValuesField missingValues = new MissingValuesField();

    /** Why the last save was refused, in words, next to the save button. */
    private final Paragraph refusal = new Paragraph();

    SchemaEditor(Dataset dataset, DatasetService datasets, Consumer<String> reload) {
        this.dataset = dataset;
        this.datasets = datasets;
        this.reload = reload;
        refusal.setId("schema-refusal");
        refusal.addClassName("error-text");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        this.editable = datasets.mayManage();
        setId("schema-editor");
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("schema-fields");
        show(dataset.schema());
        if (!editable) {
            missingValues.setReadOnly(true);
            add(new Paragraph(getTranslation("datastore.schema.readOnly")), rows, missingValues);
            return;
        }
        Button addField = new Button(getTranslation("datastore.schema.addField"), e -> {
            addRow(new SchemaField("kolom_" + (fieldRows.size() + 1), "Kolom " + (fieldRows.size() + 1),
                    FieldType.STRING, null, false, FieldRole.DIMENSION), false, null);
        });
        addField.setId("schema-add-field");
        Button save = new Button(getTranslation("datastore.schema.save"), e -> save(change()));
        save.setId("schema-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Upload sample = new Upload(UploadGuard.limit(MAX_SAMPLE_BYTES, UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                infer(metadata.fileName(), in);
            }
            finally {
                Files.deleteIfExists(file.toPath());
            }
        })));
        sample.setId("schema-sample-upload");
        sample.setMaxFiles(1);
        UploadTexts.apply(sample, MAX_SAMPLE_BYTES);
        sample.setAcceptedFileTypes(".csv", ".xlsx", ".txt");
        sample.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("datastore.schema.infer")));
        add(sample, rows, missingValues, new HorizontalLayout(addField, save), refusal);
    }

    /**
     * Saves the change; values it would lose are listed for confirmation first, a change
     * that cannot be done is explained next to the button.
     */
    void save(SchemaChange change) {
        refusal.setVisible(false);
        try {
            Dataset saved = datasets.changeSchema(dataset.id(), change);
            Notifications.success(getTranslation("datastore.schema.saved", saved.schemaVersion()));
            reload.accept("tab-schema");
        }
        catch (SchemaChangeNeedsConfirmation e) {
            new DataLossDialog(e.losses(), () -> save(change.accepting(e.losses()))).open();
        }
        catch (ValidationException e) {
            refusal.setText(SchemaMessages.of(this, e));
            refusal.setVisible(true);
            Notifications.error(refusal.getText());
        }
    }

    /** Why the last save was refused; empty when it was not. */
    String refusalText() {
        return refusal.isVisible() ? refusal.getText() : "";
    }

    /** The change as edited: the schema, and which rows are earlier fields renamed. */
    SchemaChange change() {
        SchemaChange change = SchemaChange.to(schema());
        for (FieldRow row : fieldRows) {
            String now = row.name.getValue().strip();
            if (row.originalName != null && !row.originalName.equals(now)) {
                change = change.renaming(row.originalName, now);
            }
        }
        return change;
    }

    /** Replaces the rows with the schema inferred from a sample file. */
    void infer(String fileName, InputStream in) {
        PayloadFormat format = PayloadFormat.ofFileName(fileName).orElse(PayloadFormat.CSV);
        TableSchema inferred = datasets.inferSchema(in, format);
        show(inferred);
        Notifications.success(getTranslation("datastore.schema.inferred", fileName, inferred.fields().size()));
    }

    /**
     * Shows a schema; a field with the name of a field of the saved schema is that field
     * (an inferred schema keeps the loaded columns it names).
     */
    private void show(TableSchema schema) {
        rows.removeAll();
        fieldRows.clear();
        for (SchemaField field : schema.fields()) {
            String saved = dataset.schema().field(field.name()).isPresent() ? field.name() : null;
            addRow(field, schema.primaryKey().contains(field.name()), saved);
        }
        missingValues.setMarkers(schema.missingValues());
    }

    private void addRow(SchemaField field, boolean key, @Nullable String savedName) {
        FieldRow row = new FieldRow(field, key, editable, savedName);
        row.remove.addClickListener(e -> {
            fieldRows.remove(row);
            rows.remove(row);
        });
        fieldRows.add(row);
        rows.add(row);
    }

    /** The schema as edited. */
    TableSchema schema() {
        List<SchemaField> fields = fieldRows.stream().map(FieldRow::field).toList();
        List<String> key = fieldRows.stream().filter(r -> r.key.getValue()).map(r -> r.field().name()).toList();
        return new TableSchema(fields, key, missingValues.markers());
    }

    List<FieldRow> fieldRows() {
        return List.copyOf(fieldRows);
    }

    /** One field's inputs. */
    static final class FieldRow extends HorizontalLayout {

        final TextField name = new TextField();

        final TextField title = new TextField();

        final Select<FieldType> type = new Select<>();

        final TextField unit = new TextField();

        final Select<FieldRole> role = new Select<>();

        final Checkbox required = new Checkbox();

        final Checkbox key = new Checkbox();

        final Button remove = new Button();

        /** The field's name in the saved schema; null for a field added here. */
        final @Nullable String originalName;

        FieldRow(SchemaField field, boolean isKey, boolean editable, @Nullable String originalName) {
            this.originalName = originalName;
            setId("schema-field-" + field.name());
            addClassName("schema-field");
            setAlignItems(Alignment.BASELINE);
            // fits a laptop screen; wraps rather than hiding inputs on narrower ones
            setWrap(true);
            setSpacing(false);
            getStyle().set("gap", "var(--lumo-space-s)");
            name.setWidth("10.5em");
            title.setWidth("12em");
            type.setWidth("9.5em");
            role.setWidth("7.5em");
            name.setLabel(getTranslation("datastore.schema.name"));
            name.setValue(field.name());
            if (originalName != null) {
                // a new name is a rename of this field: its values stay
                name.addValueChangeListener(e -> name.setHelperText(originalName.equals(e.getValue().strip()) ? null
                        : getTranslation("datastore.schema.renamedFrom", originalName)));
            }
            title.setLabel(getTranslation("datastore.schema.fieldTitle"));
            title.setValue(field.title());
            type.setLabel(getTranslation("datastore.schema.type"));
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> getTranslation("datastore.type." + t));
            type.setValue(field.type());
            unit.setLabel(getTranslation("datastore.schema.unit"));
            unit.setValue(field.unit() == null ? "" : field.unit());
            unit.setWidth("6em");
            role.setLabel(getTranslation("datastore.schema.role"));
            role.setItems(FieldRole.values());
            role.setItemLabelGenerator(r -> getTranslation("datastore.role." + r));
            role.setValue(field.role());
            required.setLabel(getTranslation("datastore.schema.required"));
            required.setValue(field.required());
            key.setLabel(getTranslation("datastore.schema.key"));
            key.setValue(isKey);
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.setAriaLabel(getTranslation("datastore.schema.removeField"));
            remove.setTooltipText(getTranslation("datastore.schema.removeField"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, title, type, unit, role, required, key);
            if (editable) {
                add(remove);
            }
            else {
                List.of(name, title, unit).forEach(f -> f.setReadOnly(true));
                type.setReadOnly(true);
                role.setReadOnly(true);
                required.setReadOnly(true);
                key.setReadOnly(true);
            }
        }

        SchemaField field() {
            String u = unit.getValue().strip();
            return new SchemaField(name.getValue().strip(), title.getValue().strip(), type.getValue(),
                    u.isEmpty() ? null : u, required.getValue() || key.getValue(), role.getValue());
        }

    }

}
