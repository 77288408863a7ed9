package id.satudata.portal.region;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.ui.UploadTexts;
import java.util.function.Consumer;

/**
 * The administrator's form for a boundary file: level, code system, code property and the
 * GeoJSON file; fires the upload to its listener and shows the service's verdict.
 */
class BoundaryUploadForm extends VerticalLayout {

    private final Select<RegionLevel> level = new Select<>();

    private final Select<CodeSystem> system = new Select<>();

    private final TextField codeProperty = new TextField();

    private final Span chosen = new Span();

    private final Paragraph error = new Paragraph();

    private final Upload upload;

    private String fileName = "";

    private byte[] content = new byte[0];

    BoundaryUploadForm(int maxBytes, Consumer<BoundaryUpload> onUpload) {
        setPadding(false);
        level.setId("boundary-level");
        level.setLabel(getTranslation("region.field.level"));
        level.setItems(RegionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("region.level." + l.name()));
        level.setValue(RegionLevel.KABKOTA);
        system.setId("boundary-code-system");
        system.setLabel(getTranslation("region.field.codeSystem"));
        system.setItems(CodeSystem.values());
        system.setItemLabelGenerator(s -> getTranslation("region.system." + s.name()));
        system.setValue(CodeSystem.BPS);
        codeProperty.setId("boundary-code-property");
        codeProperty.setLabel(getTranslation("region.field.codeProperty"));
        codeProperty.setHelperText(getTranslation("region.field.codeProperty.help"));
        codeProperty.setValue(BoundaryUpload.defaultCodeProperty(CodeSystem.BPS));
        system.addValueChangeListener(e -> {
            if (e.getOldValue() != null
                    && codeProperty.getValue().equals(BoundaryUpload.defaultCodeProperty(e.getOldValue()))) {
                codeProperty.setValue(BoundaryUpload.defaultCodeProperty(e.getValue()));
            }
        });
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            chosen.setText(getTranslation("region.upload.chosen", fileName, bytes.length));
        }));
        upload.setId("boundary-file");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        chosen.setId("boundary-file-chosen");
        error.setId("boundary-error");
        error.addClassNames("text-error", "m-0");
        error.setVisible(false);
        Button save = new Button(getTranslation("region.boundary.save"),
                e -> onUpload.accept(new BoundaryUpload(level.getValue(), system.getValue(),
                        codeProperty.getValue().strip(), fileName, content)));
        save.setId("boundary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(level, system, codeProperty);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new Paragraph(getTranslation("region.boundary.help")), fields, upload, chosen, error, save);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clear() {
        error.setVisible(false);
        upload.clearFileList();
        chosen.setText("");
        fileName = "";
        content = new byte[0];
    }

}
