package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.datastore.Dataset;

/**
 * A tab other features add to the dataset detail view (the catalogue adds the metadata
 * and the release). Implementations are Spring beans; {@link #create} is called per view.
 * Vaadin's production bundle loads web components by route and no route names a tab, so a
 * tab uses only components the back office already loads (or the view names them in
 * {@code @Uses}).
 */
public interface DatasetTab {

    int order();

    /** Message key of the tab's label. */
    String titleKey();

    /** Whether the signed-in user gets this tab. */
    boolean visible();

    /**
     * @param changed shows the dataset afresh on this tab, after the tab changed what the
     * view's header shows (its visibility, say)
     */
    Component create(Dataset dataset, Runnable changed);

}
