package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.ui.DatasetTab;
import id.satudata.portal.exchange.PullConnectorService;
import java.time.Clock;

/**
 * Adds the "Konektor tarik" tab (the dataset's pull connectors) for the technical team
 * and administrators.
 */
@org.springframework.stereotype.Component
class PullConnectorsTab implements DatasetTab {

    private final PullConnectorService connectors;

    private final Clock clock;

    PullConnectorsTab(PullConnectorService connectors, Clock clock) {
        this.connectors = connectors;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "exchange.tab.connectors";
    }

    @Override
    public boolean visible() {
        return connectors.mayManage();
    }

    @Override
    public Component create(Dataset dataset, Runnable changed) {
        // connectors change nothing the view's header shows, so the panel refreshes
        // itself
        return new ConnectorsPanel(dataset, connectors, clock.getZone());
    }

}
