package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.ui.DatasetTab;
import id.satudata.portal.exchange.ApiKeyService;
import java.time.Clock;

/** Adds the "Kunci API" tab to a dataset for the technical team and the administrator. */
@org.springframework.stereotype.Component
class ApiKeysTab implements DatasetTab {

    private final ApiKeyService keys;

    private final Clock clock;

    ApiKeysTab(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "exchange.tab.keys";
    }

    @Override
    public boolean visible() {
        return keys.mayManage();
    }

    @Override
    public Component create(Dataset dataset, Runnable changed) {
        return new ApiKeysPanel(dataset, keys, clock.getZone());
    }

}
