package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.dashboard.IntegrationEntry;
import id.satudata.portal.registry.RegistryProperties;
import id.satudata.portal.registry.UploadedDocument;
import id.satudata.portal.registry.ui.DocumentUpload;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.ValidationDecision;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the decision on the dashboard as the integration's template words it: its
 * question, what "yes" leads to, where "no" goes back to (with a required reason), and
 * the step's output document to upload when "yes" needs one. The service checks it all
 * again.
 */
class DecisionDialog extends Dialog {

    /** What happens on "save": the reason (null on confirmation) and the documents. */
    interface Handler {

        boolean decide(boolean confirm, @Nullable String reason, List<UploadedDocument> documents);

    }

    final TextArea reason = new TextArea();

    final @Nullable DocumentUpload upload;

    final Button ok;

    DecisionDialog(IntegrationEntry entry, boolean confirm, DashFormat format, RegistryProperties limits,
            Handler handler) {
        ValidationDecision decision = Objects.requireNonNull(entry.decision(), "the integration awaits a decision");
        SopStep step = decision.step();
        setId("decision-dialog");
        setHeaderTitle(format.t(confirm ? "dashboard.decision.confirmTitle" : "dashboard.decision.returnTitle",
                entry.integration().code(), step.decisionQuestion()));
        Paragraph consequence = new Paragraph(confirm ? yesText(entry, decision, format)
                : format.t("dashboard.decision.returnText", entry.integration().title(), decision.returnStep().number(),
                        decision.returnStep().shortActivity()));
        consequence.setId("decision-consequence");
        add(consequence);
        upload = confirm && decision.yesNeedsDocument()
                ? new DocumentUpload("decision-upload", format.t("dashboard.decision.document", step.outputDocument()),
                        format.t("registry.upload.hint", limits.maxDocumentSize().toMegabytes()),
                        limits.maxDocumentSize().toBytes(), limits.maxDocumentsPerAction())
                : null;
        if (upload != null) {
            add(upload);
        }
        if (!confirm) {
            add(reasonField(format));
        }
        ok = new Button(format.t(confirm ? "dashboard.decision.confirm" : "dashboard.decision.return"), e -> {
            String why = confirm ? null : reason.getValue();
            if (!confirm && why.strip().length() < 5) {
                reason.setInvalid(true);
                reason.setErrorMessage(format.t("dashboard.error.reason.required"));
                return;
            }
            if (handler.decide(confirm, why, upload == null ? List.of() : upload.documents())) {
                close();
            }
        });
        ok.setId("decision-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                confirm ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(format.t("dashboard.decision.cancel"), e -> close());
        cancel.setId("decision-cancel");
        getFooter().add(cancel, ok);
        setWidth("min(36em, 95vw)");
    }

    private static String yesText(IntegrationEntry entry, ValidationDecision decision, DashFormat format) {
        String status = format.t("dashboard.status." + decision.yes().statusAfter().name());
        String title = entry.integration().title();
        SopStep next = decision.nextStep();
        String text = next == null ? format.t("dashboard.decision.confirmTextEnd", title, status)
                : format.t("dashboard.decision.confirmText", title, status, next.number(), next.shortActivity());
        return decision.yes().statusAfter() == IntegrationStatus.VALIDATED
                ? text + " " + format.t("dashboard.decision.keepsUpdating") : text;
    }

    private TextArea reasonField(DashFormat format) {
        reason.setId("decision-reason");
        reason.setLabel(format.t("dashboard.decision.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> {
            if (e.getValue().strip().length() >= 5) {
                reason.setInvalid(false);
            }
        });
        return reason;
    }

}
