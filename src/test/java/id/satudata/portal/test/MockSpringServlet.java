package id.satudata.portal.test;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import java.util.Properties;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;

/**
 * Karibu's mock servlet for a Spring application: views, services and listeners come from
 * the context.
 */
public final class MockSpringServlet extends SpringServlet {

    private final Routes routes;

    private final ApplicationContext context;

    private final Function0<UI> uiFactory;

    public MockSpringServlet(Routes routes, ApplicationContext context, Function0<UI> uiFactory) {
        super(context, false);
        this.routes = routes;
        this.context = context;
        this.uiFactory = uiFactory;
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
        MockVaadinHelper.mockFlowBuildInfo(this);
        return super.createDeploymentConfiguration(initParameters);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new MockService(this, configuration, context, uiFactory);
        service.init();
        routes.register(service.getContext());
        return service;
    }

    /** No push, a fixed root id and mock sessions, as Karibu's own service has. */
    private static final class MockService extends SpringVaadinServletService {

        private final Function0<UI> uiFactory;

        MockService(VaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context,
                Function0<UI> uiFactory) {
            super(servlet, configuration, context);
            this.uiFactory = uiFactory;
        }

        @Override
        protected boolean isAtmosphereAvailable() {
            return false;
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "ROOT-1";
        }

        @Override
        protected VaadinSession createVaadinSession(VaadinRequest request) {
            return new MockVaadinSession(this, uiFactory);
        }

    }

}
