package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.registry.IntegrationDetail;
import java.util.Optional;

/**
 * A section other features add to the integration detail view, below the caller's action
 * (the report feature adds the integration report and its step-12 action).
 * Implementations are Spring beans; {@link #create} is called on every render.
 */
public interface IntegrationDetailSection {

    /**
     * The section for this integration, or empty when it has nothing to show.
     * @param refresh re-reads the integration and renders the view again (after an
     * action)
     */
    Optional<Component> create(IntegrationDetail detail, Runnable refresh);

}
