package id.satudata.portal.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.satudata.portal.security.PortalUser;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Base of the browserless UI tests: the real Spring context and services on PostgreSQL,
 * views driven by Karibu-Testing. Call {@link #login} before opening back-office views.
 */
@PortalTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.satudata.portal");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        SignedIn.nobody();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignedIn.nobody();
    }

    /** Signs the user in for the services and for Vaadin's view access control. */
    protected void login(PortalUser user) {
        UsernamePasswordAuthenticationToken token = SignedIn.as(user);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    /** Opens a dataset's page in the back office on the tab with this id. */
    protected static void openDatasetTab(long datasetId, String tabId) {
        UI.getCurrent().navigate("app/dataset/" + datasetId);
        selectTab(tabId);
    }

    /** Selects the tab with this id of the view's tab sheet. */
    protected static void selectTab(String tabId) {
        LocatorJ._get(TabSheet.class).setSelectedTab(LocatorJ._get(Tab.class, spec -> spec.withId(tabId)));
    }

    protected void logout() {
        SignedIn.nobody();
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

}
