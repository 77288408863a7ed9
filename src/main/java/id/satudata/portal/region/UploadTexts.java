package id.satudata.portal.region;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of a single-file upload in the page language (Vaadin's are English). */
final class UploadTexts {

    private UploadTexts() {
    }

    static void apply(Upload upload) {
        String add = upload.getTranslation("region.upload.add");
        String drop = upload.getTranslation("region.upload.drop");
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
            .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
            .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("region.upload.tooMany"))
                .setFileIsTooBig(upload.getTranslation("region.upload.tooBig"))
                .setIncorrectFileType(upload.getTranslation("region.upload.wrongType"))));
    }

}
