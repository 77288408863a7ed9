package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.exchange.ConnectorDraft;
import id.satudata.portal.exchange.PullConnector;
import id.satudata.portal.exchange.PullConnectorService;
import id.satudata.portal.ui.Notifications;
import id.satudata.portal.ui.SectionHeading;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's pull connectors: the form that adds one, the list with their schedule and
 * last run, and the attempts of the connector picked in the list.
 */
class ConnectorsPanel extends VerticalLayout {

    private final Dataset dataset;

    private final PullConnectorService connectors;

    private final ConnectorForm form = new ConnectorForm();

    private final ConnectorGrid grid;

    private final AttemptGrid attempts;

    private final Span attemptsHint = new Span();

    /** The connector whose attempts are shown. */
    private @Nullable PullConnector selected;

    ConnectorsPanel(Dataset dataset, PullConnectorService connectors, ZoneId zone) {
        this.dataset = dataset;
        this.connectors = connectors;
        this.grid = new ConnectorGrid(zone, this::toggle, this::runNow);
        this.attempts = new AttemptGrid(zone);
        setId("exchange-connectors-panel");
        form.addSaveListener(e -> save(e.draft()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            PullConnector value = e.getValue();
            // a refresh deselects, then selects the same connector: not a user's choice
            if (value == null ? e.isFromClient() : !value.equals(selected)) {
                selected = value;
                showAttempts();
            }
        });
        attemptsHint.setId("exchange-attempts-hint");
        attemptsHint.addClassNames("text-secondary", "text-s");
        add(new SectionHeading(getTranslation("exchange.connectors.new")), form,
                new SectionHeading(getTranslation("exchange.connectors.list")), grid,
                new SectionHeading(getTranslation("exchange.connectors.attempts")), attemptsHint, attempts);
        refresh();
    }

    private void save(ConnectorDraft draft) {
        try {
            connectors.create(dataset.id(), draft);
        }
        catch (ValidationException e) {
            if (!form.showError(e)) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
            return;
        }
        Notifications.success(getTranslation("exchange.connectors.added"));
        form.reset();
        refresh();
    }

    private void toggle(PullConnector connector) {
        connectors.setEnabled(connector.id(), !connector.enabled());
        Notifications.success(getTranslation(
                connector.enabled() ? "exchange.connectors.disabledNow" : "exchange.connectors.enabledNow"));
        refresh();
    }

    private void runNow(PullConnector connector) {
        try {
            connectors.runNow(connector.id());
        }
        catch (ValidationException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        Notifications.success(getTranslation("exchange.connectors.scheduled"));
        refresh();
    }

    /** Reads the connectors afresh and keeps the picked one picked. */
    private void refresh() {
        List<PullConnector> list = connectors.forDataset(dataset.id());
        grid.setItems(list);
        PullConnector before = selected;
        selected = before == null ? null : list.stream().filter(c -> c.id() == before.id()).findFirst().orElse(null);
        if (selected != null) {
            grid.select(selected);
        }
        showAttempts();
    }

    private void showAttempts() {
        PullConnector connector = selected;
        attempts.setItems(connector == null ? List.of() : connectors.attempts(connector.id()));
        attempts.setVisible(connector != null);
        attemptsHint.setText(connector == null ? getTranslation("exchange.connectors.pick")
                : getTranslation("exchange.connectors.attemptsOf", connector.url()));
    }

}
