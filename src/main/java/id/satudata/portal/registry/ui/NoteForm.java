package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.registry.UploadedDocument;
import java.util.List;

/**
 * A note or a correction with documents, added to the history without moving the
 * integration; fires a {@link SaveEvent}.
 */
class NoteForm extends Details {

    /** The user saved a note. */
    static class SaveEvent extends ComponentEvent<NoteForm> {

        private final String note;

        private final List<UploadedDocument> documents;

        SaveEvent(NoteForm source, String note, List<UploadedDocument> documents) {
            super(source, false);
            this.note = note;
            this.documents = documents;
        }

        String note() {
            return note;
        }

        List<UploadedDocument> documents() {
            return documents;
        }

    }

    NoteForm(RegistryFormat format, long maxBytes, int maxFiles) {
        setSummaryText(format.t("registry.detail.note"));
        setId("note-form");
        TextArea note = new TextArea(format.t("registry.field.note"));
        note.setId("note-text");
        note.setWidthFull();
        note.setMaxLength(4000);
        DocumentUpload upload = new DocumentUpload("note-upload", format.t("registry.detail.documents"),
                format.t("registry.upload.hint", maxBytes / (1024 * 1024)), maxBytes, maxFiles);
        Button save = new Button(format.t("registry.action.addNote"),
                e -> fireEvent(new SaveEvent(this, note.getValue(), upload.documents())));
        save.setId("note-save");
        Div content = new Div(note, upload, save);
        content.addClassNames("flex", "flex-col", "gap-s");
        add(content);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

}
