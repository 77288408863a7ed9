package id.satudata.portal.ui;

import com.vaadin.flow.component.dependency.Uses;
import id.satudata.portal.base.chart.EChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.satudata.portal.security.PortalUser;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The back office: a side navigation built from the views annotated with {@code @Menu}
 * (only those the signed-in user may open), the user's name and roles, the language
 * switch and sign-out.
 */
@PermitAll
@Uses(EChart.class)
public class BackOfficeLayout extends AppLayout implements AfterNavigationObserver {

    /** Every back-office route starts with this path. */
    public static final String PATH = "app";

    private final H1 viewTitle = new H1();

    public BackOfficeLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(true, new DrawerToggle(), viewTitle, userBar(authentication));
        viewTitle.addClassNames("text-l", "m-0");
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassNames("font-semibold", "text-l");
        Span area = new Span(getTranslation("backoffice.title"));
        area.addClassNames("text-s", "text-secondary");
        Div brand = new Div(name, area);
        brand.addClassNames("flex", "flex-col", "p-m");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("backoffice-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!isBackOffice(entry)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * Whether a menu entry belongs to the back office (its path starts with
     * {@link #PATH}).
     */
    static boolean isBackOffice(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    private Component userBar(AuthenticationContext authentication) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.addClassNames("ms-auto", "me-m");
        authentication.getAuthenticatedUser(PortalUser.class).ifPresent(user -> {
            Span name = new Span(user.fullName());
            name.setId("current-user");
            Span roles = new Span(user.roles()
                .stream()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", ")));
            roles.addClassNames("text-s", "text-secondary");
            Div who = new Div(name, roles);
            who.addClassNames("flex", "flex-col", "items-end");
            bar.add(who);
        });
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(new LanguageSwitch(), logout);
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(getTranslation("app.name")));
    }

}
