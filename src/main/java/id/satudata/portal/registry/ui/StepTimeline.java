package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.registry.StepProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row per template step: actors, time standard, start, end, elapsed and due time,
 * overdue and late marks, who completed it (and in which role), the decision and reason,
 * and its documents.
 */
class StepTimeline extends Div {

    StepTimeline(List<StepProgress> steps, RegistryFormat format, DocumentLinks links) {
        setId("step-timeline");
        addClassName("registry-timeline");
        steps.forEach(step -> add(row(step, format, links)));
    }

    private static Div row(StepProgress progress, RegistryFormat format, DocumentLinks links) {
        Span marker = new Span(String.valueOf(progress.step().number()));
        marker.addClassName("registry-step-marker");
        Div body = new Div();
        body.addClassName("registry-step-body");
        Div heading = new Div(new Span(progress.step().activity()));
        heading.addClassNames("registry-step-activity");
        if (progress.overdue()) {
            heading.add(StatusBadges.overdue(format));
        }
        if (progress.late()) {
            heading.add(StatusBadges.late(format));
        }
        body.add(heading,
                line(format.t("registry.timeline.actors", roles(progress, format)),
                        format.t("registry.timeline.standard", format.standard(progress.step().timeStandard())),
                        format.t("registry.timeline.output", progress.step().outputDocument())));
        body.add(times(progress, format));
        if (progress.completion() != null) {
            body.add(completion(progress.completion(), format));
        }
        if (!progress.documents().isEmpty()) {
            body.add(links.list(progress.documents()));
        }
        Div row = new Div(marker, body);
        row.setId("step-" + progress.step().number());
        row.addClassName("registry-step");
        row.getElement().setAttribute("data-state", progress.state().name().toLowerCase(Locale.ROOT));
        if (progress.overdue()) {
            row.getElement().setAttribute("data-overdue", "true");
        }
        return row;
    }

    private static String roles(StepProgress progress, RegistryFormat format) {
        return progress.step().actorRoles().stream().map(format::role).collect(Collectors.joining(", "));
    }

    private static Component times(StepProgress progress, RegistryFormat format) {
        if (progress.state() == StepProgress.State.NOT_STARTED) {
            return line(format.t("registry.timeline.notStarted"));
        }
        List<String> parts = new ArrayList<>();
        parts.add(format.t("registry.timeline.started", format.dateTime(progress.startedAt())));
        if (progress.finishedAt() != null) {
            parts.add(format.t("registry.timeline.finished", format.dateTime(progress.finishedAt())));
        }
        parts.add(format.t("registry.timeline.elapsed", format.duration(progress.elapsed())));
        if (progress.dueAt() != null) {
            parts.add(format.t("registry.timeline.due", format.dateTime(progress.dueAt())));
        }
        if (progress.visits() > 1) {
            parts.add(format.t("registry.timeline.visits", progress.visits()));
        }
        return line(parts.toArray(String[]::new));
    }

    private static Component completion(IntegrationEvent event, RegistryFormat format) {
        String role = format.role(event.actedAs())
                + (event.onBehalf() ? ", " + format.t("registry.badge.onBehalf") : "");
        List<String> parts = new ArrayList<>();
        parts.add(format.t("registry.timeline.by", event.actorName(), role));
        if (event.outcome() != null && event.outcome() != id.satudata.portal.sop.Outcome.DONE) {
            parts.add(format.t("registry.timeline.decision", format.outcome(event.outcome())));
        }
        Div line = line(parts.toArray(String[]::new));
        if (event.note() != null) {
            Span note = new Span("“" + event.note() + "”");
            note.addClassName("registry-step-note");
            line.add(note);
        }
        return line;
    }

    private static Div line(String... parts) {
        Div line = new Div();
        line.addClassName("registry-step-line");
        for (String part : parts) {
            line.add(new Span(part));
        }
        return line;
    }

}
