package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.exchange.PullConnector;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * A dataset's pull connectors: where they fetch, when they run next, how the last run
 * went; each row switches its connector on or off and runs it now.
 */
class ConnectorGrid extends Grid<PullConnector> {

    static final String ACTIONS = "actions";

    /**
     * @param zone the region's time zone, in which the next run is shown
     * @param toggle called with a connector the user switches on or off
     * @param runNow called with a connector the user wants run at once
     */
    ConnectorGrid(ZoneId zone, Consumer<PullConnector> toggle, Consumer<PullConnector> runNow) {
        setId("exchange-connectors");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        // the columns fit a laptop screen without scrolling sideways; format, load mode
        // and
        // the time of the last run are in the form and the attempts
        addColumn(PullConnector::url).setHeader(getTranslation("exchange.connectors.url"))
            .setWidth("12em")
            .setFlexGrow(1)
            .setTooltipGenerator(PullConnector::url);
        addColumn(PullConnector::cron).setHeader(getTranslation("exchange.connectors.schedule")).setAutoWidth(true);
        addColumn(c -> getTranslation(c.enabled() ? "exchange.connectors.on" : "exchange.connectors.off"))
            .setHeader(getTranslation("exchange.connectors.enabled"))
            .setWidth("7em")
            .setFlexGrow(0);
        addColumn(c -> DisplayFormat.dateTime(c.nextRunAt(), zone, getLocale()))
            .setHeader(getTranslation("exchange.connectors.nextRun"))
            .setAutoWidth(true);
        addColumn(c -> c.lastStatus() == null ? "" : getTranslation("exchange.connectors.status." + c.lastStatus()))
            .setHeader(getTranslation("exchange.connectors.lastStatus"))
            .setAutoWidth(true);
        addComponentColumn(c -> actions(c, toggle, runNow)).setKey(ACTIONS).setWidth("15em").setFlexGrow(0);
    }

    private HorizontalLayout actions(PullConnector connector, Consumer<PullConnector> toggle,
            Consumer<PullConnector> runNow) {
        Button onOff = new Button(
                getTranslation(connector.enabled() ? "exchange.connectors.disable" : "exchange.connectors.enable"),
                e -> toggle.accept(connector));
        onOff.setId("connector-toggle-" + connector.id());
        onOff.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button run = new Button(getTranslation("exchange.connectors.runNow"), e -> runNow.accept(connector));
        run.setId("connector-run-" + connector.id());
        run.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(onOff, run);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        return buttons;
    }

}
