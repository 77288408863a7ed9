package id.satudata.portal.portal;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.portal.ui.OrganisationView;
import id.satudata.portal.portal.ui.TopicView;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers HTTP 404 with the initial HTML of a path that shows "not found": no route, or
 * an organisation or topic page of something unknown ({@link JsonLdInjector} answers for
 * dataset pages, from the lookup it makes anyway). The page is drawn by the client after
 * the HTML arrives, so without this every such path would be a 200 that crawlers index
 * and link checkers trust.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    private final PublicCatalog catalog;

    NotFoundStatus(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            if (!found(routes, response.getVaadinRequest().getPathInfo())) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }

    boolean found(RouteRegistry routes, @Nullable String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo.replaceFirst("^/", "");
        var target = routes.getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return false;
        }
        RouteParameters parameters = target.getRouteParameters();
        try {
            if (target.getRouteTarget().getTarget() == OrganisationView.class) {
                catalog.organisation(parameters.get("code").orElse(""));
            }
            else if (target.getRouteTarget().getTarget() == TopicView.class) {
                catalog.topic(parameters.get("code").orElse(""));
            }
        }
        catch (NotFoundException e) {
            return false;
        }
        return true;
    }

}
