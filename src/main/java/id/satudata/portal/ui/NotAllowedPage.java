package id.satudata.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Not allowed" in the back office when a service refuses the data a page asks for, such
 * as another OPD's integration opened by an OPD user (HTTP 403).
 */
@ParentLayout(BackOfficeLayout.class)
@PermitAll
public class NotAllowedPage extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedPage() {
        super("not-allowed-page", "refusal.notAllowed.title", "refusal.notAllowed.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, parameter.getException(), HttpServletResponse.SC_FORBIDDEN);
    }

}
