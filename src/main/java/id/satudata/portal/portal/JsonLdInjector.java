package id.satudata.portal.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.portal.ui.DatasetView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a released dataset's schema.org JSON-LD, title and description into the initial
 * HTML of its page ({@code /dataset/<slug>}), so crawlers that do not run scripts still
 * index it; the page of a dataset that is not released is answered 404 from the same
 * lookup. Other pages get nothing ({@link NotFoundStatus} answers for them).
 */
@Component
class JsonLdInjector implements VaadinServiceInitListener {

    private static final String PREFIX = "/" + DatasetView.BASE;

    private final PublicCatalog catalog;

    private final String regionName;

    JsonLdInjector(PublicCatalog catalog, PortalProperties portal) {
        this.catalog = catalog;
        this.regionName = portal.regionName();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::modify);
    }

    private void modify(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String baseUrl = "";
        if (request instanceof VaadinServletRequest servlet) {
            baseUrl = baseUrl(servlet.getHttpServletRequest());
        }
        if (!describe(response.getDocument(), request.getPathInfo(), baseUrl)) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * Adds the description of the dataset the path names, if it is released.
     * @return false when the path names a dataset that is not released (or none at all)
     */
    boolean describe(Document document, @Nullable String path, String baseUrl) {
        if (path == null || !path.startsWith(PREFIX)) {
            return true;
        }
        String slug = path.substring(PREFIX.length());
        if (slug.isEmpty() || slug.contains("/")) {
            return true; // no dataset route: NotFoundStatus answers
        }
        PublicDataset released;
        try {
            released = catalog.get(slug);
        }
        catch (NotFoundException e) {
            return false;
        }
        document.head()
            .appendElement("script")
            .attr("type", "application/ld+json")
            .attr("id", "dataset-jsonld")
            .appendChild(new DataNode(DatasetJsonLd.of(released, baseUrl, regionName)));
        document.title(released.summary().title() + " | Satu Data " + regionName);
        document.head()
            .appendElement("meta")
            .attr("name", "description")
            .attr("content", abbreviate(released.summary().description(), 300));
        return true;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String uri = request.getRequestURI();
        return url.endsWith(uri) ? url.substring(0, url.length() - uri.length()) + request.getContextPath() : "";
    }

}
