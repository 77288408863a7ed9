package id.satudata.portal.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts of Vaadin's upload in the page language (its own are English), with the size
 * limit in the "too big" message, so a file the server would refuse is refused in the
 * browser before it is sent.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Applies the texts and the size limit (bytes) to the upload. */
    public static void apply(Upload upload, long maxBytes) {
        String add = upload.getTranslation("upload.add");
        String drop = upload.getTranslation("upload.drop");
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
            .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
            .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.tooBig", megabytes(maxBytes)))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType"))));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

}
