package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.registry.StepAction;
import id.satudata.portal.registry.UploadedDocument;
import id.satudata.portal.sop.Outcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The action the current user may take on the current step: the decision (yes/no) or
 * "done", a note or reason, and the output document. Submitting fires a
 * {@link SubmitEvent}; the view passes it to the service, which checks everything again.
 */
class StepActionPanel extends Div {

    /** The user submitted the action. */
    static class SubmitEvent extends ComponentEvent<StepActionPanel> {

        private final Outcome outcome;

        private final @Nullable String note;

        private final List<UploadedDocument> documents;

        SubmitEvent(StepActionPanel source, Outcome outcome, @Nullable String note, List<UploadedDocument> documents) {
            super(source, false);
            this.outcome = outcome;
            this.note = note;
            this.documents = documents;
        }

        Outcome outcome() {
            return outcome;
        }

        @Nullable String note() {
            return note;
        }

        List<UploadedDocument> documents() {
            return documents;
        }

    }

    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();

    private final TextArea note = new TextArea();

    private final DocumentUpload upload;

    StepActionPanel(StepAction action, RegistryFormat format, long maxBytes, int maxFiles) {
        setId("step-action");
        addClassNames("registry-panel", "registry-action");
        H3 heading = new H3(
                format.t("registry.detail.action") + " — " + format.t("registry.step.label", action.step().number()));
        Paragraph activity = new Paragraph(action.step().activity());
        activity.addClassNames("text-s", "text-secondary", "m-0");
        heading.addClassNames("text-m", "m-0");
        add(heading, activity);
        if (action.onBehalf()) {
            Paragraph behalf = new Paragraph(format.t("registry.detail.onBehalf",
                    action.step()
                        .completerRoles()
                        .stream()
                        .map(format::role)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")));
            behalf.setId("on-behalf-notice");
            behalf.addClassNames("text-s", "text-warning");
            add(behalf);
        }
        outcome.setId("action-outcome");
        outcome.setItems(action.outcomes());
        outcome.setItemLabelGenerator(format::outcome);
        outcome.setValue(action.outcomes().getFirst());
        if (action.isDecision()) {
            outcome.setLabel(action.step().decisionQuestion());
            add(outcome);
        }
        note.setId("action-note");
        note.setLabel(format.t(action.isDecision() ? "registry.field.reason" : "registry.field.note"));
        note.setWidthFull();
        note.setMaxLength(4000);
        String requirement = format
            .t(action.documentRequired() ? "registry.field.documents.required" : "registry.field.documents.optional");
        upload = new DocumentUpload("action-upload",
                format.t("registry.field.documents", action.step().outputDocument()) + " (" + requirement + ")",
                format.t("registry.upload.hint", maxBytes / (1024 * 1024)), maxBytes, maxFiles);
        String label = format.t(action.isDecision() ? "registry.action.decide" : "registry.action.complete",
                action.step().number());
        Button submit = new Button(label, e -> fireEvent(new SubmitEvent(this, outcome.getValue(),
                note.getValue().isBlank() ? null : note.getValue(), upload.documents())));
        submit.setId("action-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("self-start");
        add(note, upload, submit);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

}
