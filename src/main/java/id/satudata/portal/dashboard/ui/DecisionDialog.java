package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.satudata.portal.dashboard.IntegrationEntry;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the step-11 decision: "Data sesuai" confirms; "Tidak sesuai" needs a reason
 * (checked again by the service).
 */
class DecisionDialog extends Dialog {

    /** What happens on "save": the reason (null on confirmation). */
    interface Handler {

        boolean decide(boolean confirm, @Nullable String reason);

    }

    final TextArea reason = new TextArea();

    final Button ok;

    DecisionDialog(IntegrationEntry entry, boolean confirm, DashFormat format, Handler handler) {
        setId("decision-dialog");
        setHeaderTitle(format.t(confirm ? "dashboard.decision.confirmTitle" : "dashboard.decision.returnTitle",
                entry.integration().code()));
        add(new Paragraph(format.t(confirm ? "dashboard.decision.confirmText" : "dashboard.decision.returnText",
                entry.integration().title())));
        if (!confirm) {
            reason.setId("decision-reason");
            reason.setLabel(format.t("dashboard.decision.reason"));
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(2000);
            reason.setWidthFull();
            reason.setMinHeight("8em");
            reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            reason.addValueChangeListener(e -> {
                if (e.getValue().strip().length() >= 5) {
                    reason.setInvalid(false);
                }
            });
            add(reason);
        }
        ok = new Button(format.t(confirm ? "dashboard.decision.confirm" : "dashboard.decision.return"), e -> {
            String why = confirm ? null : reason.getValue();
            if (!confirm && why.strip().length() < 5) {
                reason.setInvalid(true);
                reason.setErrorMessage(format.t("dashboard.error.reason.required"));
                return;
            }
            if (handler.decide(confirm, why)) {
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

}
