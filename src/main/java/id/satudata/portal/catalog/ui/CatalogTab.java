package id.satudata.portal.catalog.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.catalog.CatalogService;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.ui.DatasetTab;
import java.time.Clock;

/**
 * Adds the "Katalog" tab (metadata, release, record) to every dataset of the back office.
 */
@org.springframework.stereotype.Component
class CatalogTab implements DatasetTab {

    private final CatalogService catalog;

    private final Clock clock;

    CatalogTab(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "catalog.tab";
    }

    @Override
    public boolean visible() {
        return true; // whoever may open the dataset reads its metadata; editing is
                     // checked inside
    }

    @Override
    public Component create(Dataset dataset, Runnable changed) {
        return new CatalogPanel(dataset, catalog, clock.getZone(), changed);
    }

}
