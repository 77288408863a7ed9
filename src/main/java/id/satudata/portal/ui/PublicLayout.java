package id.satudata.portal.ui;

import com.vaadin.flow.component.dependency.Uses;
import id.satudata.portal.base.chart.EChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.config.PortalProperties;
import java.util.Objects;

/**
 * The public portal's frame: header with navigation and language switch, the page, and a
 * footer.
 */
@AnonymousAllowed
@Uses(EChart.class)
public class PublicLayout extends Div implements RouterLayout {

    /** The server-rendered public pages in the header: path and message key. */
    private static final String[][] PUBLIC_PAGES = { { "/", "portal.nav.home" }, { "/cari", "portal.nav.search" },
            { "/topik", "portal.nav.topics" }, { "/organisasi", "portal.nav.organisations" } };

    private final Main main = new Main();

    public PublicLayout(PortalProperties portal) {
        addClassName("public-layout");
        main.setId("main-content");
        main.addClassName("public-main");
        add(skipLink(), header(portal), main, footer(portal));
    }

    private Component skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("a11y.skipToContent"));
        skip.addClassName("skip-link");
        return skip;
    }

    private Component header(PortalProperties portal) {
        Anchor brand = pageLink("/", getTranslation("portal.brand", portal.regionName()));
        brand.setId("brand");
        brand.addClassName("brand");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("portal.nav.label"));
        nav.addClassName("public-nav");
        // the public pages are server-rendered, not Vaadin routes: the browser loads them
        for (String[] page : PUBLIC_PAGES) {
            nav.add(pageLink(page[0], getTranslation(page[1])));
        }
        Anchor login = new Anchor("/" + BackOfficeLayout.PATH, getTranslation("portal.nav.backoffice"));
        login.setId("to-backoffice");
        login.addClassName("login-link");
        Header header = new Header(brand, nav, new LanguageSwitch(), login);
        header.addClassName("public-header");
        return header;
    }

    private static Anchor pageLink(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.setRouterIgnore(true);
        return link;
    }

    private Component footer(PortalProperties portal) {
        Paragraph about = new Paragraph(getTranslation("portal.footer.about", portal.regionName()));
        Paragraph credits = new Paragraph(new Span(getTranslation("portal.footer.credits")));
        credits.addClassName("text-s");
        Footer footer = new Footer(about, credits);
        footer.addClassName("public-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

}
