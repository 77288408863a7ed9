package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.ui.PublicLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" in the public frame (HTTP 404), for unknown paths and for datasets,
 * organisations and topics that do not exist or are not released. It says the same for
 * both, so it reveals nothing about unreleased datasets.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
@StyleSheet("assets/portal.css")
public class PublicNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public PublicNotFoundView() {
        setId("not-found");
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("portal.notFound.title")), new Paragraph(getTranslation("portal.notFound.text")),
                new Anchor("/", getTranslation("portal.nav.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

}
