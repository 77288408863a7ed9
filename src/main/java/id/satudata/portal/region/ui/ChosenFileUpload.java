package id.satudata.portal.region.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.ui.UploadTexts;

/**
 * The file part of the administrator's upload forms: an upload of one file, a line naming
 * the file chosen, and the form's error under it. Keeps the file until the form is
 * cleared.
 */
class ChosenFileUpload extends Composite<VerticalLayout> {

    private final Upload upload;

    private final Span chosen = new Span();

    private final Paragraph error = new Paragraph();

    private String fileName = "";

    private byte[] content = new byte[0];

    /**
     * The upload, the chosen-file line and the error get the ids {@code <idPrefix>-file},
     * {@code <idPrefix>-file-chosen} and {@code <idPrefix>-error}.
     */
    ChosenFileUpload(String idPrefix, int maxBytes, String... acceptedFileTypes) {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
            chosen.setText(getTranslation("region.upload.chosen", fileName, bytes.length));
        }));
        upload.setId(idPrefix + "-file");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        upload.setAcceptedFileTypes(acceptedFileTypes);
        chosen.setId(idPrefix + "-file-chosen");
        error.setId(idPrefix + "-error");
        error.addClassNames("text-error", "m-0");
        error.setVisible(false);
        getContent().setPadding(false);
        getContent().add(upload, chosen, error);
    }

    /** The name of the chosen file, empty when none is. */
    String fileName() {
        return fileName;
    }

    /** The bytes of the chosen file, none when no file is chosen. */
    byte[] content() {
        return content;
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Hides the error and forgets the file, after the form's file was accepted. */
    void clear() {
        error.setVisible(false);
        upload.clearFileList();
        chosen.setText("");
        fileName = "";
        content = new byte[0];
    }

}
