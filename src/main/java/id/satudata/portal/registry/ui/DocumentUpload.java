package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import id.satudata.portal.registry.UploadedDocument;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An upload field that keeps the received files in memory until the action is submitted;
 * the service checks size, type and content when they arrive there. Also used by the
 * dashboard's decision dialog.
 */
public class DocumentUpload extends Div {

    private static final String[] ACCEPTED = { ".pdf", ".docx", ".xlsx", ".odt", ".png", ".jpg", ".jpeg", ".txt",
            ".csv", ".zip", "application/pdf", "image/png", "image/jpeg", "text/plain", "application/zip" };

    // filled by the upload request, which does not hold the session lock
    private final List<UploadedDocument> received = new CopyOnWriteArrayList<>();

    private final Upload upload;

    public DocumentUpload(String id, String label, String hint, long maxBytes, int maxFiles) {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received
            .add(new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes))));
        upload.setId(id);
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.addFileRemovedListener(e -> received.removeIf(d -> d.fileName().equals(e.getFileName())));
        upload.setWidthFull();
        upload.setI18n(i18n());
        Span caption = new Span(label);
        caption.addClassNames("font-semibold", "text-s");
        Span help = new Span(hint);
        help.addClassNames("text-xs", "text-secondary");
        addClassNames("flex", "flex-col", "gap-xs");
        add(caption, upload, help);
    }

    private UploadI18N i18n() {
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(getTranslation("registry.upload.drop.one"));
        drop.setMany(getTranslation("registry.upload.drop.many"));
        return new UploadI18N()
            .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("registry.upload.add.one"))
                .setMany(getTranslation("registry.upload.add.many")))
            .setDropFiles(drop)
            .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("registry.upload.error.tooMany"))
                .setFileIsTooBig(getTranslation("registry.upload.error.tooBig"))
                .setIncorrectFileType(getTranslation("registry.upload.error.type")));
    }

    /** The files received so far. */
    public List<UploadedDocument> documents() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
        upload.clearFileList();
    }

}
