package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationReturn;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.TimeProgress;

/**
 * The facts of an integration at a glance: OPD, application, template, request, current
 * step and its due time, overall time against the SOP's duration, the return reason and
 * the description of the data.
 */
class IntegrationFacts extends Div {

    IntegrationFacts(IntegrationDetail detail, RegistryFormat format) {
        setId("integration-facts");
        addClassName("registry-facts");
        Integration integration = detail.integration();
        fact("fact-opd", format.t("registry.detail.opd"), new Span(integration.opdShortName()));
        fact("fact-application", format.t("registry.detail.application"), new Span(integration.applicationName()));
        fact("fact-template", format.t("registry.detail.template"),
                new Span(format.template(integration.templateCode())));
        String requester = detail.events().isEmpty() ? "" : " · " + detail.events().getFirst().actorName();
        fact("fact-created", format.t("registry.detail.created"),
                new Span(format.dateTime(integration.createdAt()) + requester));
        detail.currentStep().ifPresentOrElse(step -> {
            fact("fact-step", format.t("registry.detail.currentStep"),
                    new Span(format.t("registry.step.of", step.step().number(), detail.template().steps().size())
                            + " · " + step.step().outputDocument()));
            Div due = new Div(new Span(format.dateTime(step.dueAt())));
            due.addClassNames("flex", "gap-s");
            if (step.overdue()) {
                due.add(StatusBadges.overdue(format));
            }
            fact("fact-due", format.t("registry.detail.due"), due);
        }, () -> fact("fact-step", format.t("registry.detail.currentStep"),
                new Span(format.t("registry.step.none") + " · " + format.dateTime(integration.completedAt()))));
        fact("fact-total", format.t("registry.detail.total"), total(detail.total(), format));
        IntegrationReturn returned = integration.returned();
        if (returned != null) {
            fact("fact-returned", format.t("registry.detail.returned"), new Span(format.t("registry.detail.returnedBy",
                    returned.fromStep(), returned.toStep(), format.dateTime(returned.at()), returned.byName())));
            if (returned.reason() != null) {
                Span reason = new Span(returned.reason());
                reason.addClassName("text-error");
                fact("fact-return-reason", format.t("registry.detail.returnReason"), reason);
            }
        }
        Paragraph description = new Paragraph(integration.dataDescription());
        description.addClassName("m-0");
        Div wide = fact("fact-description", format.t("registry.detail.description"), description);
        wide.addClassName("registry-fact-wide");
    }

    private static Component total(TimeProgress total, RegistryFormat format) {
        String elapsed = format.duration(total.elapsed());
        Div value = new Div(new Span(total.standard() == null ? format.t("registry.detail.total.noStandard", elapsed)
                : format.t("registry.detail.total.value", elapsed, format.standard(total.standard()))));
        value.addClassNames("flex", "gap-s");
        if (total.overdue()) {
            value.add(StatusBadges.overdue(format));
        }
        return value;
    }

    private Div fact(String id, String label, Component value) {
        Span caption = new Span(label);
        caption.addClassNames("text-xs", "text-secondary");
        Div fact = new Div(caption, value);
        fact.setId(id);
        fact.addClassName("registry-fact");
        add(fact);
        return fact;
    }

}
