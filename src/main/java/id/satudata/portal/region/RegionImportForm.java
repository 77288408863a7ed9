package id.satudata.portal.region;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.ui.UploadTexts;
import java.util.function.BiConsumer;

/**
 * The administrator's form for a CSV of region rows; fires the file to its listener and
 * shows the service's verdict.
 */
class RegionImportForm extends VerticalLayout {

    private final Span chosen = new Span();

    private final Paragraph error = new Paragraph();

    private final Upload upload;

    private String fileName = "";

    private byte[] content = new byte[0];

    RegionImportForm(int maxBytes, BiConsumer<String, byte[]> onImport) {
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            chosen.setText(getTranslation("region.upload.chosen", fileName, bytes.length));
        }));
        upload.setId("region-import-file");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        chosen.setId("region-import-file-chosen");
        error.setId("region-import-error");
        error.addClassNames("text-error", "m-0");
        error.setVisible(false);
        Button save = new Button(getTranslation("region.import.save"), e -> onImport.accept(fileName, content));
        save.setId("region-import-save");
        add(new Paragraph(getTranslation("region.import.help")), upload, chosen, error, save);
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
