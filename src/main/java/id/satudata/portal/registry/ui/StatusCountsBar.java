package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.satudata.portal.registry.StatusCounts;
import id.satudata.portal.sop.IntegrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The figures at the top of the list: all, per status, overdue. Choosing one fires a
 * {@link ChoiceEvent} (status null: all; overdue: only overdue).
 */
class StatusCountsBar extends Div {

    /** A figure was chosen. */
    static class ChoiceEvent extends ComponentEvent<StatusCountsBar> {

        private final @Nullable IntegrationStatus status;

        private final boolean overdue;

        ChoiceEvent(StatusCountsBar source, @Nullable IntegrationStatus status, boolean overdue) {
            super(source, false);
            this.status = status;
            this.overdue = overdue;
        }

        @Nullable IntegrationStatus status() {
            return status;
        }

        boolean overdue() {
            return overdue;
        }

    }

    private final RegistryFormat format;

    StatusCountsBar(RegistryFormat format) {
        this.format = format;
        setId("status-counts");
        addClassNames("registry-counts");
    }

    void show(StatusCounts counts) {
        removeAll();
        add(figure("count-all", "all", format.t("registry.count.all"), counts.total(), null, false));
        for (IntegrationStatus status : IntegrationStatus.values()) {
            add(figure("count-" + status.name(), status.name().toLowerCase(java.util.Locale.ROOT),
                    format.t("registry.count." + status.name()), counts.of(status), status, false));
        }
        add(figure("count-overdue", "overdue", format.t("registry.count.overdue"), counts.overdue(), null, true));
    }

    Registration addChoiceListener(com.vaadin.flow.component.ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    private NativeButton figure(String id, String kind, String label, int count, @Nullable IntegrationStatus status,
            boolean overdue) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("registry-count-number");
        Span text = new Span(label);
        text.addClassName("registry-count-label");
        NativeButton figure = new NativeButton("", e -> fireEvent(new ChoiceEvent(this, status, overdue)));
        figure.add(number, text);
        figure.setId(id);
        figure.addClassNames("registry-count", "registry-count-" + kind);
        return figure;
    }

}
