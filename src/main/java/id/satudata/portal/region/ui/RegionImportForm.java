package id.satudata.portal.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiConsumer;

/**
 * The administrator's form for a CSV of region rows; fires the file to its listener and
 * shows the service's verdict.
 */
class RegionImportForm extends VerticalLayout {

    private final ChosenFileUpload file;

    RegionImportForm(int maxBytes, BiConsumer<String, byte[]> onImport) {
        setPadding(false);
        file = new ChosenFileUpload("region-import", maxBytes, ".csv", "text/csv");
        Button save = new Button(getTranslation("region.import.save"),
                e -> onImport.accept(file.fileName(), file.content()));
        save.setId("region-import-save");
        add(new Paragraph(getTranslation("region.import.help")), file, save);
    }

    void showError(String message) {
        file.showError(message);
    }

    void clear() {
        file.clear();
    }

}
