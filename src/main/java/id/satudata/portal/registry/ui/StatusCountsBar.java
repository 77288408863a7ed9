package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.registry.ReturnCount;
import id.satudata.portal.registry.StatusCounts;
import id.satudata.portal.sop.IntegrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The figures at the top of the list: all, validated, pending, returned by the decision
 * on the dashboard ("returned to step 3"), all returned, overdue, and the returned ones
 * per template and step they went back to. Choosing one fires a {@link ChoiceEvent}.
 */
class StatusCountsBar extends Div {

    /** What a figure chooses: a status, overdue ones, or returned ones. */
    record Choice(@Nullable IntegrationStatus status, boolean overdue, boolean returnedByDecision,
            @Nullable ReturnCount returnedTo) {

        static Choice of(@Nullable IntegrationStatus status, boolean overdue) {
            return new Choice(status, overdue, false, null);
        }

    }

    /** A figure was chosen. */
    static class ChoiceEvent extends ComponentEvent<StatusCountsBar> {

        private final Choice choice;

        ChoiceEvent(StatusCountsBar source, Choice choice) {
            super(source, false);
            this.choice = choice;
        }

        Choice choice() {
            return choice;
        }

    }

    private final RegistryFormat format;

    StatusCountsBar(RegistryFormat format) {
        this.format = format;
        setId("status-counts");
        addClassNames("registry-counts");
    }

    /**
     * @param decisionReturnStep where the decision on the dashboard sends an integration
     * back to (Kaltim: step 3), for the headline "returned to step 3"; null when the
     * template has no such decision
     */
    void show(StatusCounts counts, @Nullable Integer decisionReturnStep) {
        removeAll();
        add(figure("count-all", "all", format.t("registry.count.all"), counts.total(), Choice.of(null, false)));
        add(figure("count-VALIDATED", "validated", format.t("registry.count.VALIDATED"),
                counts.of(IntegrationStatus.VALIDATED), Choice.of(IntegrationStatus.VALIDATED, false)));
        add(figure("count-PENDING", "pending", format.t("registry.count.PENDING"), counts.of(IntegrationStatus.PENDING),
                Choice.of(IntegrationStatus.PENDING, false)));
        if (decisionReturnStep != null) {
            add(figure("count-returned-decision", "returned", format.t("registry.count.returnedTo", decisionReturnStep),
                    counts.returnedByDecision(), new Choice(null, false, true, null)));
        }
        add(figure("count-RETURNED", "returned", format.t("registry.count.RETURNED"),
                counts.of(IntegrationStatus.RETURNED), Choice.of(IntegrationStatus.RETURNED, false)));
        add(figure("count-overdue", "overdue", format.t("registry.count.overdue"), counts.overdue(),
                Choice.of(null, true)));
        if (!counts.returnedTo().isEmpty()) {
            Div places = new Div();
            places.setId("returned-to");
            places.addClassName("registry-returned-to");
            for (ReturnCount place : counts.returnedTo()) {
                NativeButton chip = new NativeButton(
                        format.t("registry.count.returnedToIn", place.toStep(), format.template(place.templateCode()),
                                place.integrations()),
                        e -> fireEvent(new ChoiceEvent(this, new Choice(null, false, false, place))));
                chip.setId("returned-to-" + place.templateCode() + "-" + place.toStep());
                chip.addClassName("registry-returned-chip");
                places.add(chip);
            }
            add(places);
        }
    }

    Registration addChoiceListener(com.vaadin.flow.component.ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    private NativeButton figure(String id, String kind, String label, int count, Choice choice) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("registry-count-number");
        Span text = new Span(label);
        text.addClassName("registry-count-label");
        NativeButton figure = new NativeButton("", e -> fireEvent(new ChoiceEvent(this, choice)));
        figure.add(number, text);
        figure.setId(id);
        figure.addClassNames("registry-count", "registry-count-" + kind);
        return figure;
    }

}
