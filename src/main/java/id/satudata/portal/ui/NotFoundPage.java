package id.satudata.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import id.satudata.portal.base.error.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" in the back office: a record a page asked for does not exist (HTTP 404).
 */
@ParentLayout(BackOfficeLayout.class)
@PermitAll
public class NotFoundPage extends RefusalPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("not-found-page", "refusal.notFound.title", "refusal.notFound.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event, parameter.getException(), HttpServletResponse.SC_NOT_FOUND);
    }

}
