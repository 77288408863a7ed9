package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.datastore.Dataset;

/**
 * A tab other features add to the dataset detail view (the exchange adds API keys and
 * pull connectors). Implementations are Spring beans; {@link #create} is called per view.
 */
public interface DatasetTab {

    int order();

    /** Message key of the tab's label. */
    String titleKey();

    /** Whether the signed-in user gets this tab. */
    boolean visible();

    Component create(Dataset dataset);

}
