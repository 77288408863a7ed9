package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.satudata.portal.dashboard.IntegrationEntry;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationReturn;
import id.satudata.portal.sop.ValidationDecision;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * The OPD's integrations as cards: status, current step, linked datasets, the last return
 * reason, a schema-change warning, and for one at its template's decision on the
 * dashboard (Kaltim 11) the question and, for who may take it, the two decision buttons.
 */
class IntegrationsPanel extends Div {

    /** A decision the user asked for: confirm, or return. */
    record Decision(IntegrationEntry entry, boolean confirm) {
    }

    IntegrationsPanel(List<IntegrationEntry> entries, DashFormat format, Consumer<Decision> decide) {
        setId("dashboard-integrations");
        addClassName("dash-cards");
        if (entries.isEmpty()) {
            add(new Paragraph(format.t("dashboard.integrations.none")));
        }
        for (IntegrationEntry entry : entries) {
            add(card(entry, format, decide));
        }
    }

    private static Div card(IntegrationEntry entry, DashFormat format, Consumer<Decision> decide) {
        Integration i = entry.integration();
        Div card = new Div();
        card.addClassName("dash-card");
        card.setId("integration-" + i.code());
        Anchor code = new Anchor("app/integrasi/" + i.id(), i.code());
        H3 title = new H3(i.title());
        title.addClassName("dash-card-title");
        Span status = new Span(statusText(i, format));
        status.addClassNames("dash-status",
                "status-" + (i.isReturned() ? "returned" : i.status().name().toLowerCase()));
        status.setId("status-" + i.code());
        card.add(code, title, status);
        card.add(new Paragraph(format.t("dashboard.integration.datasets", entry.datasetIds().size())));
        if (i.isReturned() && i.lastReturnReason() != null) {
            Paragraph reason = new Paragraph(format.t("dashboard.integration.reason", i.lastReturnReason()));
            reason.addClassName("dash-reason");
            card.add(reason);
        }
        if (entry.schemaChanged()) {
            Paragraph warning = new Paragraph(format.t("dashboard.integration.schemaChanged"));
            warning.addClassName("dash-warning");
            warning.setId("schema-changed-" + i.code());
            card.add(warning);
        }
        ValidationDecision decision = entry.decision();
        if (decision != null) {
            card.addClassName("awaiting");
            Paragraph question = new Paragraph(format.t("dashboard.integration.question", decision.step().number(),
                    decision.step().decisionQuestion()));
            question.setId("question-" + i.code());
            card.add(question);
            if (!entry.mayDecide()) {
                Paragraph who = new Paragraph(format.t("dashboard.integration.decidedBy",
                        decision.step()
                            .completerRoles()
                            .stream()
                            .map(r -> format.t("role." + r.name()))
                            .collect(Collectors.joining(", "))));
                who.setId("decided-by-" + i.code());
                who.addClassNames("text-s", "text-secondary");
                card.add(who);
            }
            else {
                Button confirm = new Button(format.t("dashboard.decision.confirm"), VaadinIcon.CHECK.create(),
                        e -> decide.accept(new Decision(entry, true)));
                confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                confirm.setId("confirm-" + i.code());
                Button reject = new Button(format.t("dashboard.decision.return"), VaadinIcon.ARROW_BACKWARD.create(),
                        e -> decide.accept(new Decision(entry, false)));
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                reject.setId("return-" + i.code());
                Div actions = new Div(confirm, reject);
                actions.addClassName("dash-actions");
                card.add(actions);
            }
        }
        return card;
    }

    static String statusText(Integration i, DashFormat format) {
        if (i.isFinished()) {
            return format.t("dashboard.status.finished", format.t("dashboard.status." + i.status().name()));
        }
        IntegrationReturn returned = i.returned();
        if (returned != null) {
            return Objects.equals(returned.toStep(), i.currentStep())
                    ? format.t("dashboard.status.returnedTo", returned.toStep())
                    : format.t("dashboard.status.returnedToNow", returned.toStep(), i.currentStep());
        }
        return format.t("dashboard.status.atStep", format.t("dashboard.status." + i.status().name()), i.currentStep());
    }

}
