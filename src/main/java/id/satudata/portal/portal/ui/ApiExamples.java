package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How to read the dataset with the CKAN-compatible API: curl lines for
 * {@code datastore_search} (resource_id = the dataset's slug) and {@code package_show}.
 */
class ApiExamples extends Div {

    ApiExamples(String slug) {
        setId("api-examples");
        addClassName("api-examples");
        String base = baseUrl();
        add(new Paragraph(getTranslation("portal.dataset.api.lead")));
        add(new H3(getTranslation("portal.dataset.api.rows")),
                code("api-rows", "curl '" + base + "/api/3/action/datastore_search?resource_id=" + slug + "&limit=5'"));
        add(new H3(getTranslation("portal.dataset.api.metadata")),
                code("api-metadata", "curl '" + base + "/api/3/action/package_show?id=" + slug + "'"));
    }

    private static Pre code(String id, String text) {
        Pre pre = new Pre(text);
        pre.setId(id);
        pre.addClassName("code");
        return pre;
    }

    /** Scheme, host and port of the portal as the visitor reached it. */
    private static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpServletRequest request = servlet.getHttpServletRequest();
            boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                    || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
            return request.getScheme() + "://" + request.getServerName()
                    + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
        }
        return "";
    }

}
