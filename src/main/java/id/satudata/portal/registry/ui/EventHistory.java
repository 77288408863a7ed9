package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.sop.IntegrationStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The full append-only history of an integration, newest first. */
class EventHistory extends Grid<IntegrationEvent> {

    EventHistory(List<IntegrationEvent> events, List<IntegrationDocument> documents, RegistryFormat format,
            DocumentLinks links) {
        setId("event-history");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Map<Long, List<IntegrationDocument>> byEvent = documents.stream()
            .collect(Collectors.groupingBy(IntegrationDocument::eventId));
        addColumn(e -> format.dateTime(e.at())).setHeader(format.t("registry.history.at"))
            .setAutoWidth(true)
            .setFlexGrow(0);
        addComponentColumn(e -> actor(e, format)).setHeader(format.t("registry.history.actor")).setFlexGrow(1);
        addColumn(e -> describe(e, format)).setHeader(format.t("registry.history.event")).setFlexGrow(2);
        addColumn(e -> status(e, format)).setHeader(format.t("registry.history.status")).setAutoWidth(true);
        addColumn(e -> e.note() == null ? "" : e.note()).setHeader(format.t("registry.history.note")).setFlexGrow(2);
        addComponentColumn(e -> links.list(byEvent.getOrDefault(e.id(), List.of())))
            .setHeader(format.t("registry.history.documents"))
            .setFlexGrow(1);
        setItems(events.reversed());
        setAllRowsVisible(true);
    }

    private static Div actor(IntegrationEvent event, RegistryFormat format) {
        Span role = new Span(
                format.role(event.actedAs()) + (event.onBehalf() ? " · " + format.t("registry.badge.onBehalf") : ""));
        role.addClassNames("text-xs", "text-secondary");
        Div actor = new Div(new Span(event.actorName()), role);
        actor.addClassNames("flex", "flex-col");
        return actor;
    }

    static String describe(IntegrationEvent event, RegistryFormat format) {
        return switch (event.kind()) {
            case CREATED -> format.t("registry.event.CREATED", event.toStep());
            case NOTE -> format.t("registry.event.NOTE", event.fromStep());
            case STEP_COMPLETED -> event.toStep() == null
                    ? format.t("registry.event.STEP_COMPLETED.end", event.fromStep(), format.outcome(event.outcome()))
                    : format.t("registry.event.STEP_COMPLETED", event.fromStep(), format.outcome(event.outcome()),
                            event.toStep());
        };
    }

    private static String status(IntegrationEvent event, RegistryFormat format) {
        if (event.statusAfter() == IntegrationStatus.RETURNED && event.toStep() != null) {
            return format.t("registry.status.RETURNED", String.valueOf(event.toStep()));
        }
        return format.t("registry.status." + event.statusAfter().name());
    }

}
