package id.satudata.portal.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not allowed" in the back office when Vaadin's access control refuses a view to the
 * signed-in user's roles (an OPD user opening the registry list, a technical user opening
 * the operations page); the same page as {@link NotAllowedPage}.
 */
@ParentLayout(BackOfficeLayout.class)
@PermitAll
public class RouteNotAllowedPage extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public RouteNotAllowedPage() {
        super("not-allowed-page", "refusal.notAllowed.title", "refusal.notAllowed.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, parameter.getException(), HttpServletResponse.SC_FORBIDDEN);
    }

}
