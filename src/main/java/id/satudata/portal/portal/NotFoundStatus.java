package id.satudata.portal.portal;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers HTTP 404 with the initial HTML of a path no Vaadin route and no public page
 * answers. The page is drawn by the client after the HTML arrives, so without this every
 * such path would be a 200 that crawlers index and link checkers trust.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

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
        return routes.getNavigationRouteTarget(path).hasTarget();
    }

}
