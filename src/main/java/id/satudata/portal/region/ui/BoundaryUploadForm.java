package id.satudata.portal.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.region.BoundaryUpload;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionLevel;
import java.util.function.Consumer;

/**
 * The administrator's form for a boundary file: level, code system, code property and the
 * GeoJSON file; fires the upload to its listener and shows the service's verdict.
 */
class BoundaryUploadForm extends VerticalLayout {

    private final Select<RegionLevel> level = new Select<>();

    private final Select<CodeSystem> system = new Select<>();

    private final TextField codeProperty = new TextField();

    private final ChosenFileUpload file;

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
        file = new ChosenFileUpload("boundary", maxBytes, ".geojson", ".json", "application/geo+json",
                "application/json");
        Button save = new Button(getTranslation("region.boundary.save"),
                e -> onUpload.accept(new BoundaryUpload(level.getValue(), system.getValue(),
                        codeProperty.getValue().strip(), file.fileName(), file.content())));
        save.setId("boundary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(level, system, codeProperty);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new Paragraph(getTranslation("region.boundary.help")), fields, file, save);
    }

    void showError(String message) {
        file.showError(message);
    }

    void clear() {
        file.clear();
    }

}
