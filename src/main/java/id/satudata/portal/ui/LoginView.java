package id.satudata.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.error.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/** Sign-in to the back office (form login handled by Spring Security). */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-view");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        H1 title = new H1(getTranslation("login.heading"));
        title.addClassNames("text-2xl", "mt-l");
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassNames("text-secondary", "text-s");
        hint.setMaxWidth("22rem");
        add(title, form, hint);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.formTitle"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // set each time: the same view may have said the database was away before
        LoginI18n i18n = i18n();
        if (failed && DatabaseUnavailable.causedBy(lastFailure())) {
            // not the person's password: the users could not be read
            i18n.getErrorMessage().setTitle(getTranslation(DatabaseUnavailable.MESSAGE_KEY + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(DatabaseUnavailable.MESSAGE_KEY));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    /** Why the last sign-in failed, as Spring Security keeps it in the session. */
    private static @Nullable Throwable lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable t ? t : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

}
